package com.orderdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.TestApi.Caller;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/**
 * Every editable resource answers with its ETag and takes a change only with the current one in
 * If-Match, the way orders do (RFC 9110 / 6585): 428 without it, 412 with a stale one — and the
 * stale change writes nothing. Customers, payment methods, delivery methods, provider settings and
 * shipments, each through its own admin route.
 */
class EntityTagsIntegrationTests extends PaymentIntegrationTestSupport {

    @Test
    void customers() {
        Response created = api.asOperator().post("/api/admin/customers", Map.of("name", "山田 花子", "email",
                "hanako@example.jp", "phone", "03-1234-5678"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String uri = "/api/admin/customers/" + created.json().at("/id").asString();

        changeOnlyWithTheCurrentTag(api.asOperator(), "PUT", uri,
                Map.of("name", "山田 花子", "email", "hanako@example.jp", "phone", "03-9999-0000"),
                Map.of("name", "山田 花子", "email", "hanako@example.jp", "phone", "03-1111-1111"), "/phone", "03-9999-0000");
    }

    @Test
    void paymentMethods() {
        String uri = "/api/admin/payment-methods/" + METHOD;
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("name", "掛け払い (変更)");
        method.put("provider", "SCRIPTED");
        Map<String, Object> lost = new LinkedHashMap<>(method);
        lost.put("name", "lost edit");

        changeOnlyWithTheCurrentTag(api.asAdmin(), "PUT", uri, method, lost, "/name", "掛け払い (変更)");
    }

    @Test
    void deliveryMethods() {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", "YAMATO");
        method.put("name", "宅急便");
        method.put("carrier", "YAMATO");
        method.put("fee", Map.of("type", "FLAT", "amount", 800));
        method.put("dateWishAllowed", true);
        method.put("timeSlotWishAllowed", true);
        Response created = api.asOperator().post("/api/admin/delivery-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        Map<String, Object> cheaper = new LinkedHashMap<>(method);
        cheaper.put("fee", Map.of("type", "FLAT", "amount", 500));
        Map<String, Object> lost = new LinkedHashMap<>(method);
        lost.put("fee", Map.of("type", "FLAT", "amount", 1));

        changeOnlyWithTheCurrentTag(api.asOperator(), "PUT", "/api/admin/delivery-methods/YAMATO", cheaper, lost,
                "/fee/amount", "500");
    }

    @Test
    void providerSettingsCountTheirSavesFromZero() {
        String uri = "/api/admin/providers/dsk/settings";
        assertThat(api.asAdmin().get(uri).header("ETag")).as("never configured").isEqualTo("\"0\"");

        changeOnlyWithTheCurrentTag(api.asAdmin(), "PUT", uri,
                Map.of("enabled", false, "environment", "SANDBOX"),
                Map.of("enabled", true, "environment", "SANDBOX"), "/enabled", "false");
    }

    @Test
    void shipments() {
        String number = api.asOperator().post("/api/admin/orders", TestOrders.order()).json().at("/number").asString();
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                Map.of("carrier", "YAMATO", "trackingNumber", ShippingTestData.yamato(12345678901L), "shippedOn", "2026-11-20"));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        assertThat(shipped.header("ETag")).isEqualTo("\"" + shipped.json().at("/version").asLong() + "\"");
        String uri = "/api/admin/orders/" + number + "/shipments/" + shipped.json().at("/id").asString();

        changeOnlyWithTheCurrentTag(api.asOperator(), "PATCH", uri, Map.of("shippedOn", "2026-11-21"),
                Map.of("shippedOn", "2026-11-22"), "/shippedOn", "2026-11-21");
    }

    /**
     * GET gives an ETag; the change without If-Match is 428 naming it; with the ETag it is taken and
     * a new ETag comes back; the same old ETag again is 412 with the current version, and the
     * resource keeps the first change.
     */
    private void changeOnlyWithTheCurrentTag(Caller caller, String method, String uri, Map<String, Object> change,
            Map<String, Object> lostChange, String pointer, String expected) {
        Response read = caller.get(uri);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        String etag = read.header("ETag");
        assertThat(etag).matches("\"\\d+\"");

        Response unconditional = send(caller, method, uri, change);
        assertThat(unconditional.status()).as(unconditional.text()).isEqualTo(428);
        assertThat(unconditional.json().at("/errors/0/field").asString()).isEqualTo("If-Match");

        Response changed = send(caller, method, uri, change, "If-Match", etag);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag).isEqualTo(caller.get(uri).header("ETag"));
        assertThat(changed.json().at(pointer).asString()).isEqualTo(expected);

        Response stale = send(caller, method, uri, lostChange, "If-Match", etag);
        assertThat(stale.status()).as(stale.text()).isEqualTo(412);
        assertThat(stale.json().at("/type").asString()).endsWith("stale-version");
        assertThat(stale.json().at("/currentVersion").asLong())
                .isEqualTo(Long.parseLong(changed.header("ETag").replace("\"", "")));
        assertThat(caller.get(uri).json().at(pointer).asString()).as("the stale change wrote nothing").isEqualTo(expected);
    }

    private static Response send(Caller caller, String method, String uri, Map<String, Object> body, String... headers) {
        return method.equals("PATCH") ? caller.patchUnconditionally(uri, body, headers)
                : caller.putUnconditionally(uri, body, headers);
    }
}
