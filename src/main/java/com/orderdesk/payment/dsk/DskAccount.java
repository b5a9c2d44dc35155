package com.orderdesk.payment.dsk;

import java.util.Map;

import com.orderdesk.payment.dsk.wire.DskCredentials;
import com.orderdesk.payment.gateway.ProviderSettings;

/**
 * The DSK settings the adapter reads: credentials {@value #TENANT_ID} (加盟店ID / テナントID) and
 * {@value #PASSWORD} (システム接続用パスワード), the names the provider settings store uses for DSK, and
 * the provider options below.
 */
final class DskAccount {

    static final String TENANT_ID = "tenantId";
    static final String PASSWORD = "password";

    /** Days from today (Japan) to the payment deadline; also read from the payment method's options. */
    static final String OPTION_DEADLINE_DAYS = "paymentDeadlineDays";

    static final int DEFAULT_DEADLINE_DAYS = 7;

    /** What the built-in simulator accepts; used whenever DSK runs in SANDBOX. */
    static final Map<String, String> SANDBOX = Map.of(TENANT_ID, "sandbox-tenant", PASSWORD, "sandboxpass");

    private DskAccount() {
    }

    /** @throws com.orderdesk.payment.gateway.ProviderNotConfigured when a credential is missing */
    static DskCredentials credentials(ProviderSettings settings) {
        return new DskCredentials(settings.credential(TENANT_ID), settings.credential(PASSWORD));
    }
}
