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

    private final StoredProviderSettingsRepository repository = mock(StoredProviderSettingsRepository.class);
    private final SandboxEndpoints sandbox = mock(SandboxEndpoints.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final TestClock clock = new TestClock();

    ProviderSettingsCacheTests() {
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        when(sandbox.baseUrl(ProviderCode.GMO_PG)).thenReturn("http://127.0.0.1:1/api/sandbox/gmo-pg");
        when(sandbox.credentials(ProviderCode.GMO_PG)).thenReturn(Map.of("ShopID", "sandbox"));
    }

    private StoredProviderSettingsLookup lookup(Duration ttl) {
        return new StoredProviderSettingsLookup(repository, mock(CredentialVault.class), sandbox,
                new ProviderSettingsProperties(null, null, null), clock, transactions, ttl);
    }

    @Test
    void readsTheDatabaseOncePerProviderWithinTheTimeToLive() {
        when(repository.findById("GMO_PG")).thenReturn(Optional.empty());
        StoredProviderSettingsLookup lookup = lookup(Duration.ofSeconds(5));

        for (int i = 0; i < 100; i++) {
            assertThat(lookup.settingsFor(ProviderCode.GMO_PG).environment()).isEqualTo(Environment.SANDBOX);
        }
        verify(repository, times(1)).findById("GMO_PG");

        clock.advance(Duration.ofSeconds(6));
        lookup.settingsFor(ProviderCode.GMO_PG);
        verify(repository, times(2)).findById("GMO_PG");
    }

    @Test
    void anOperatorsChangeIsSeenAtOnceByThisInstance() {
        StoredProviderSettings disabled = new StoredProviderSettings(ProviderCode.GMO_PG);
        disabled.replace(false, Environment.SANDBOX, null, Map.of(), clock.instant(), "ops");
        when(repository.findById("GMO_PG")).thenReturn(Optional.empty(), Optional.of(disabled));
        StoredProviderSettingsLookup lookup = lookup(Duration.ofMinutes(5));

        assertThat(lookup.settingsFor(ProviderCode.GMO_PG).enabled()).isTrue();
        lookup.evictAfterCommit(ProviderCode.GMO_PG);

        assertThat(lookup.settingsFor(ProviderCode.GMO_PG).enabled()).isFalse();
    }

    @Test
    void aRefusalIsNotKept() {
        StoredProviderSettings live = new StoredProviderSettings(ProviderCode.GMO_PG);
        live.replace(true, Environment.PRODUCTION, null, Map.of(), clock.instant(), "ops");
        when(repository.findById("GMO_PG")).thenReturn(Optional.of(live));
        StoredProviderSettingsLookup lookup = lookup(Duration.ofMinutes(5));

        assertThatThrownBy(() -> lookup.settingsFor(ProviderCode.GMO_PG)).isInstanceOf(ProviderNotConfigured.class);
        assertThatThrownBy(() -> lookup.settingsFor(ProviderCode.GMO_PG)).isInstanceOf(ProviderNotConfigured.class);
        verify(repository, times(2)).findById("GMO_PG");
    }

    @Test
    void aTimeToLiveOfZeroReadsEveryTime() {
        when(repository.findById("GMO_PG")).thenReturn(Optional.empty());
        StoredProviderSettingsLookup lookup = lookup(Duration.ZERO);

        lookup.settingsFor(ProviderCode.GMO_PG);
        lookup.settingsFor(ProviderCode.GMO_PG);
        verify(repository, times(2)).findById("GMO_PG");
    }
}
