package com.orderdesk.payment.internal.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ConnectivityCheck;
import com.orderdesk.payment.gateway.ConnectivityCheck.ConnectivityResult;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * 接続確認: asks the provider's adapter to make its harmless call with the settings as stored now
 * (after a save, the new ones). Providers whose fact sheet records no harmless call have no
 * {@link ConnectivityCheck}; their report says the check is not available. Nothing is written.
 */
@NamedInterface("provider-settings")
@Service
public class ProviderConnectivity {

    private static final Logger log = LoggerFactory.getLogger(ProviderConnectivity.class);

    private final List<ConnectivityCheck> checks;
    private final ProviderSettingsLookup lookup;
    private final Clock clock;

    ProviderConnectivity(List<ConnectivityCheck> checks, ProviderSettingsLookup lookup, Clock clock) {
        this.checks = checks;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** Whether {@link #check} can ask this provider at all. */
    public boolean available(ProviderCode provider) {
        return checkFor(provider).isPresent();
    }

    /** Makes the provider's harmless call now; never null, never throws for the provider's answer. */
    public ConnectivityReport check(ProviderCode provider) {
        ProviderSettings settings = lookup.settingsFor(provider);
        Instant started = clock.instant();
        Optional<ConnectivityCheck> check = checkFor(provider);
        if (check.isEmpty()) {
            return new ConnectivityReport(provider.slug(), provider.displayName(), false, null, null,
                    settings.environment().name(), settings.baseUrl(), started, 0);
        }
        long start = System.nanoTime();
        ConnectivityResult result = check.get().check(settings);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        log.info("Connectivity check of {} ({}): {} in {} ms", provider.slug(), settings.environment(), result.outcome(),
                millis);
        return new ConnectivityReport(provider.slug(), provider.displayName(), true, result.outcome().name(),
                result.detail(), settings.environment().name(), settings.baseUrl(), started, millis);
    }

    private Optional<ConnectivityCheck> checkFor(ProviderCode provider) {
        return checks.stream().filter(check -> check.provider().equals(provider)).findFirst();
    }
}
