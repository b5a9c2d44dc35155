package com.orderdesk.payment.dsk;

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
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * A shop whose order numbers are too long for DSK's 20-character orderid ({@code CRAFTCART-TOKYO-000001-1}
 * is 24): the adapter makes a shortened id, registers with it, and DSK's notice naming that id
 * still finds the payment through the one webhook route — located by the reference the adapter
 * stored, never by re-deriving a truncated id.
 */
@TestPropertySource(properties = "orderdesk.orders.number-prefix=CRAFTCART-TOKYO-")
class DskLongOrderNumberIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String TENANT = "T000778";
    private static final WireMockServer dsk = new WireMockServer(wireMockConfig().dynamicPort());

    @Autowired
    private MockMvc mvc;

    @BeforeAll
    static void startDsk() {
        dsk.start();
    }

    @AfterAll
    static void stopDsk() {
        dsk.stop();
    }

    @Test
    void aNoticeNamingTheShortenedOrderIdFindsItsPayment() throws Exception {
        configureDsk();
        String number = placeOrder("DSK");
        await().atMost(Duration.ofSeconds(15)).until(() -> paymentsOf(number).size() == 1
                && paymentsOf(number).get(0).at("/status").asString().equals("PENDING")
                && !paymentsOf(number).get(0).at("/references/orderid").isMissingNode());
        JsonNode payment = paymentsOf(number).get(0);
        String orderId = payment.at("/references/orderid").asString();
        assertThat(number + "-1").hasSizeGreaterThan(20);
        assertThat(orderId).hasSizeBetween(12, 20).matches("[0-9A-Za-z-]+").endsWith("-1").isEqualTo(
                payment.at("/providerOrderId").asString());
        dsk.verify(postRequestedFor(urlEqualTo("/paperless/order")).withRequestBody(containing("orderid=" + orderId)));
        reply("/paperless/status", "result=0&status=paid&dskid=D1&amount=3830&paidamount=3830&paydate=20261124101500"
                + "&conveni=010&receiptno=1&message=");

        MockHttpServletResponse answer = notice("datakbn=1&dskid=D1&amount=3830&paydate=20261124101500&conveni=010"
                + "&receiptno=1&orderid=" + orderId + "&tenantid=" + TENANT);

        assertThat(answer.getContentAsString()).isEqualTo(DskNotificationParser.ACK);
        await().atMost(Duration.ofSeconds(15)).until(() -> paymentsOf(number).get(0).at("/status").asString()
                .equals("PAID"));
        JsonNode inbox = api.asOperator().get("/api/admin/webhooks").json().at("/notifications/0");
        assertThat(inbox.at("/status").asString()).isEqualTo("PROCESSED");
    }

    private void configureDsk() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", dsk.baseUrl());
        settings.put("options", Map.of("notificationAllowlist", "127.0.0.1"));
        settings.put("credentials", Map.of("tenantId", TENANT, "password", "dsk-secret"));
        Response saved = api.asAdmin().put("/api/admin/providers/dsk/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", "DSK");
        method.put("name", "コンビニ払い (DSK)");
        method.put("provider", "DSK");
        method.put("captureImmediately", false);
        method.put("completionText", "下記URLからお支払い方法をお選びください。");
        method.put("emailTitle", "コンビニ払い");
        method.put("emailText", "お支払い方法選択ページURLからお支払いください。");
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        reply("/paperless/order", "result=0&dskid=D1&url=https://kessai.example/select?dskid=D1&message=");
    }

    private static void reply(String path, String body) {
        dsk.stubFor(post(urlEqualTo(path)).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain; charset=Shift_JIS").withBody(body.getBytes(DskForm.CHARSET))));
    }

    private MockHttpServletResponse notice(String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/webhooks/dsk").contentType("application/x-www-form-urlencoded")
                .content(body.getBytes(DskForm.CHARSET)).with(request -> {
                    request.setRemoteAddr("127.0.0.1");
                    return request;
                })).andReturn().getResponse();
    }
}
