package com.orderdesk.payment.gmo;

import java.util.Map;

import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gmo.wire.ShopCredentials;
import com.orderdesk.payment.gmo.wire.SiteCredentials;

/**
 * The GMO-PG login data held in the provider settings: credentials {@code shopId}/{@code shopPass}
 * (transactions) and {@code siteId}/{@code sitePass} (members and stored cards).
 */
final class GmoAccount {

    static final String SHOP_ID = "shopId";
    static final String SHOP_PASS = "shopPass";
    static final String SITE_ID = "siteId";
    static final String SITE_PASS = "sitePass";

    /** What the built-in simulator accepts; used whenever GMO-PG runs in SANDBOX. */
    static final Map<String, String> SANDBOX = Map.of(SHOP_ID, "tshop00000001", SHOP_PASS, "sandboxpass",
            SITE_ID, "tsite00000001", SITE_PASS, "sandboxpass");

    private GmoAccount() {
    }

    static ShopCredentials shop(ProviderSettings settings) {
        return new ShopCredentials(settings.credential(SHOP_ID), settings.credential(SHOP_PASS));
    }

    static SiteCredentials site(ProviderSettings settings) {
        return new SiteCredentials(settings.credential(SITE_ID), settings.credential(SITE_PASS));
    }
}
