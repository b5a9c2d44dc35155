package com.orderdesk.payment.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The provider-settings cache in front of the database: one read per provider within the TTL, a
 * fresh read after it or after an operator's change, and refusals never kept.
 */
class ProviderSettingsCacheTests {

    private static final ProviderCode PROVIDER = ProviderCode.declare("CACHE_TEST", "cache-test", "キャッシュ");

    private final StoredProviderSettingsRepository repository = mock(StoredProviderSettingsRepository.class);
    private final SandboxEndpoints sandbox = mock(SandboxEndpoints.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final TestClock clock = new TestClock();

    ProviderSettingsCacheTests() {
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        when(sandbox.baseUrl(PROVIDER)).thenReturn("http://127.0.0.1:1/api/sandbox/cache-test");
        when(sandbox.credentials(PROVIDER)).thenReturn(Map.of("ShopID", "sandbox"));
    }

    private StoredProviderSettingsLookup lookup(Duration ttl) {
        return new StoredProviderSettingsLookup(repository, mock(CredentialVault.class), sandbox,
                new ProviderSettingsProperties(null, null, null), clock, transactions,
                new ProviderSettingsCacheProperties(ttl));
    }

    @Test
    void readsTheDatabaseOncePerProviderWithinTheTimeToLive() {
        when(repository.findById("CACHE_TEST")).thenReturn(Optional.empty());
        StoredProviderSettingsLookup lookup = lookup(Duration.ofSeconds(5));

        for (int i = 0; i < 100; i++) {
            assertThat(lookup.settingsFor(PROVIDER).environment()).isEqualTo(Environment.SANDBOX);
        }
        verify(repository, times(1)).findById("CACHE_TEST");

        clock.advance(Duration.ofSeconds(6));
        lookup.settingsFor(PROVIDER);
        verify(repository, times(2)).findById("CACHE_TEST");
    }

    @Test
    void anOperatorsChangeIsSeenAtOnceByThisInstance() {
        StoredProviderSettings disabled = new StoredProviderSettings(PROVIDER);
        disabled.replace(false, Environment.SANDBOX, null, Map.of(), clock.instant(), "ops");
        when(repository.findById("CACHE_TEST")).thenReturn(Optional.empty(), Optional.of(disabled));
        StoredProviderSettingsLookup lookup = lookup(Duration.ofMinutes(5));

        assertThat(lookup.settingsFor(PROVIDER).enabled()).isTrue();
        lookup.evictAfterCommit(PROVIDER);

        assertThat(lookup.settingsFor(PROVIDER).enabled()).isFalse();
    }

    @Test
    void aRefusalIsNotKept() {
        StoredProviderSettings live = new StoredProviderSettings(PROVIDER);
        live.replace(true, Environment.PRODUCTION, null, Map.of(), clock.instant(), "ops");
        when(repository.findById("CACHE_TEST")).thenReturn(Optional.of(live));
        StoredProviderSettingsLookup lookup = lookup(Duration.ofMinutes(5));

        assertThatThrownBy(() -> lookup.settingsFor(PROVIDER)).isInstanceOf(ProviderNotConfigured.class);
        assertThatThrownBy(() -> lookup.settingsFor(PROVIDER)).isInstanceOf(ProviderNotConfigured.class);
        verify(repository, times(2)).findById("CACHE_TEST");
    }

    @Test
    void aTimeToLiveOfZeroReadsEveryTime() {
        when(repository.findById("CACHE_TEST")).thenReturn(Optional.empty());
        StoredProviderSettingsLookup lookup = lookup(Duration.ZERO);

        lookup.settingsFor(PROVIDER);
        lookup.settingsFor(PROVIDER);
        verify(repository, times(2)).findById("CACHE_TEST");
    }
}
