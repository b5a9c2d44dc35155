package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.paygent.wire.NoticeHash;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Base of the Paygent / Paidy end-to-end tests. Paidy through Paygent end to end through the REST API on PostgreSQL: the store checkout hands out
 * Paidy Checkout data, the completion with the {@code pay_…} id runs 343, operators capture, cancel
 * and refund, and Paygent's signed notices arrive at {@code /webhooks/paygent-paidy}. Paygent is
 * WireMock speaking its CRLF replies; the order total is 3,830円 ({@link TestOrders}).
 */
abstract class PaygentScenarioSupport extends PaymentIntegrationTestSupport {

    static final String AUTH_ONLY = "PAIDY";
    static final String AUTH_AND_CAPTURE = "PAIDY-NOW";
    static final String HASH_KEY = "e2e-hash-key";
    static final String MODULE = "/module";
    static final WireMockServer paygent = new WireMockServer(wireMockConfig().dynamicPort());

    @Autowired
    MockMvc mvc;

    TestApi.Caller store;
    private int payments;

    @BeforeAll
    static void startPaygent() {
        paygent.start();
    }

    @AfterAll
    static void stopPaygent() {
        paygent.stop();
    }

    @BeforeEach
    void paygentSettingsMethodsAndStorefront() {
        paygent.resetAll();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", paygent.baseUrl() + MODULE);
        settings.put("options", Map.of("paidyPublicKey", "pk_test_e2e", "storeName", "サンプル商会"));
        settings.put("credentials", Map.of("merchantId", "M1", "connectId", "C1", "connectPassword", "connect-secret",
                "noticeHashKey", HASH_KEY, "clientCertificate", pem()));
        Response saved = api.asAdmin().put("/api/admin/providers/paygent-paidy/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        method(AUTH_ONLY, false);
        method(AUTH_AND_CAPTURE, true);
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        store = api.withApiKey(key);
    }

    @AfterEach
    void eventsSettled() {
        awaitEventListeners();
    }

    /** A client certificate and key as Paygent hands them out: several KB of PEM. */
    private static String pem() {
        String line = "MIIFazCCA1OgAwIBAgIUQ2VydGlmaWNhdGUgZm9yIFBheWdlbnQgbW9kdWxlIHRlc3Rz\n";
        return "-----BEGIN CERTIFICATE-----\n" + line.repeat(60) + "-----END CERTIFICATE-----\n"
                + "-----BEGIN PRIVATE KEY-----\n" + line.repeat(30) + "-----END PRIVATE KEY-----\n";
    }

    private void method(String code, boolean captureImmediately) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", "あと払い(ペイディ)");
        method.put("provider", "PAYGENT_PAIDY");
        method.put("captureImmediately", captureImmediately);
        method.put("completionText", "ご注文ありがとうございます。ペイディからご利用確認のメールが届きます。");
        method.put("emailTitle", "あと払い(ペイディ)");
        method.put("emailText", "お支払いは翌月27日までにコンビニ・銀行振込・口座振替で。");
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    static void replies(String kind, String... lines) {
        paygent.stubFor(post(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=" + kind))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain; charset=Shift_JIS")
                        .withBody((String.join("\r\n", lines) + "\r\n").getBytes(PaygentWire.CHARSET))));
    }

    JsonNode checkout(String method) {
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", method);
        Response placed = store.post("/api/store/checkout", body);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json();
    }

    /** Checks out and completes Paidy Checkout with a fresh pay_ id; returns the order number. */
    String authorized(String method) {
        String number = checkout(method).at("/order/number").asString();
        String payId = "pay_e2e" + (++payments);
        String paymentId = "9000120031900001" + String.format("%04d", payments);
        replies("343", "result=0", "payment_id=" + paymentId, "payment_amount=3830", "currency=JPY");
        Response completed = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", payId)));
        assertThat(completed.status()).as(completed.text()).isEqualTo(200);
        assertThat(completed.json().at("/status").asString()).isEqualTo("AUTHORIZED");
        return number;
    }

    JsonNode payment(String number) {
        return paymentsOf(number).get(0);
    }

    MockHttpServletResponse notice(Map<String, String> fields, String key) throws Exception {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("hc", NoticeHash.of(fields, key));
        return mvc.perform(MockMvcRequestBuilders.post("/webhooks/paygent-paidy")
                .contentType("application/x-www-form-urlencoded").content(PaygentWire.encode(body))).andReturn().getResponse();
    }

    static Map<String, String> fields(String noticeId, String paymentId, String status, long amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payment_notice_id", noticeId);
        fields.put("change_date", "20261124101500");
        fields.put("payment_id", paymentId);
        fields.put("trading_id", "");
        fields.put("payment_type", "22");
        fields.put("payment_status", status);
        fields.put("payment_amount", Long.toString(amount));
        return fields;
    }
}
