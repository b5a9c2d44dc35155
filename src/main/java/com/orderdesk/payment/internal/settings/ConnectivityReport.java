package com.orderdesk.payment.internal.settings;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The answer to "does OrderDesk reach this provider with its stored settings?" for operators.
 *
 * @param available false when the provider has no harmless call to check with (then outcome and detail are null)
 * @param outcome CONNECTED, CREDENTIALS_REJECTED or UNREACHABLE
 * @param detail the provider's answer codes or the transport failure, never a credential
 * @param environment the environment the checked settings are for (SANDBOX, TEST, PRODUCTION)
 * @param baseUrl where the call went
 * @param durationMillis how long the call took
 */
@NamedInterface("provider-settings")
public record ConnectivityReport(String provider, String displayName, boolean available, @Nullable String outcome,
        @Nullable String detail, String environment, String baseUrl, Instant checkedAt, long durationMillis) {

    public boolean connected() {
        return "CONNECTED".equals(outcome);
    }
}
