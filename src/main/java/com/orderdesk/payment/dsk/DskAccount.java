package com.orderdesk.payment.dsk;

import java.util.Map;

import com.orderdesk.payment.dsk.wire.DskCredentials;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.SourceAllowlist;

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

    /**
     * What the operator must know filling in DSK's settings. CraftCart's DSK manual lists
     * {@code 52.198.37.11} under 総合決済本番アカウント接続元 IP アドレス: the address the <em>cart</em>
     * connects to DSK from, written into DSK's システム接続設定書 — not an address DSK sends notices from.
     */
    static final Map<String, String> HELP = Map.of(
            SourceAllowlist.OPTION, "Addresses DSK posts its payment notices (入金速報) from, comma-separated IPs or"
                    + " CIDRs. DSK does not publish them: ask DSK. Not the 接続元 IP of your connection form (CraftCart's"
                    + " 52.198.37.11 is such an address): that is where the shop connects to DSK from.",
            "connectsFrom", "Write this address into DSK's システム接続設定書 as 総合決済本番アカウント接続元 IP アドレス:"
                    + " DSK admits registrations and cancels only from it. Set orderdesk.payment.connects-from"
                    + " (ORDERDESK_CONNECTS_FROM) to the public address this server's outgoing calls leave from.");

    private DskAccount() {
    }

    /** @throws com.orderdesk.payment.gateway.ProviderNotConfigured when a credential is missing */
    static DskCredentials credentials(ProviderSettings settings) {
        return new DskCredentials(settings.credential(TENANT_ID), settings.credential(PASSWORD));
    }
}
