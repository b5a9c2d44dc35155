package com.orderdesk.payment.gmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;

/**
 * What the GMO-PG end-to-end tests set up through the admin API, as an operator would: GMO's
 * settings for environment TEST at a WireMock base URL, and a card payment method (仮売上).
 */
public final class GmoScenarioSetup {

    private GmoScenarioSetup() {
    }

    static void settingsAndCardMethod(TestApi api, String baseUrl, String methodCode) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", baseUrl);
        // Outside the sandbox an empty allowlist admits no notification (the kit's one rule).
        settings.put("options", Map.of("notificationAllowlist", "127.0.0.1"));
        settings.put("credentials", Map.of("shopId", "tshop00000001", "shopPass", "sandboxpass", "siteId",
                "tsite00000001", "sitePass", "sandboxsitepass"));
        Response saved = api.asAdmin().put("/api/admin/providers/gmo-pg/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);

        cardMethod(api, methodCode);
    }

    /** The card payment method (GMO-PG, 仮売上), created through the admin API. */
    public static void cardMethod(TestApi api, String methodCode) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", methodCode);
        method.put("name", "クレジットカード");
        method.put("provider", "GMO_PG");
        method.put("captureImmediately", false);
        method.put("completionText", "ご注文ありがとうございます。");
        method.put("emailTitle", "クレジットカード決済");
        method.put("emailText", "仮売上にてお受けしました。");
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }
}
