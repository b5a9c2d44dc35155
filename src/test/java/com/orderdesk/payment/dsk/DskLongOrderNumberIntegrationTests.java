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
import com.orderdesk.payment.IsolatedSettings;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * A shop whose order numbers are too long for DSK's 20-character orderid ({@code CRAFTCART-TOKYO-000001-1}
 * is 24): the adapter makes a shortened id, registers with it, and DSK's notice naming that id
 * still finds the payment through the one webhook route — located by the reference the adapter
 * stored, never by re-deriving a truncated id.
 */
@IsolatedSettings // orderdesk.orders.number-prefix=CRAFTCART-TOKYO-, in a context shared with other rare settings
class DskLongOrderNumberIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String TENANT = "T000778";
    private static final DskWireMock wireMock = new DskWireMock();
    private static final WireMockServer dsk = wireMock.server();

    @Autowired
    private MockMvc mvc;

    @BeforeAll
    static void startDsk() {
        wireMock.start();
    }

    @AfterAll
    static void stopDsk() {
        wireMock.stop();
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

        MockHttpServletResponse answer = DskWireMock.notice(mvc, DskWireMock.noticeBody(orderId, "D1", 3830, "1",
                "20261124101500"));

        assertThat(answer.getContentAsString()).isEqualTo(DskNotificationParser.ACK);
        await().atMost(Duration.ofSeconds(15)).until(() -> paymentsOf(number).get(0).at("/status").asString()
                .equals("PAID"));
        JsonNode inbox = api.asOperator().get("/api/admin/webhooks").json().at("/notifications/0");
        assertThat(inbox.at("/status").asString()).isEqualTo("PROCESSED");
    }

    private void configureDsk() {
        wireMock.configure(api, TENANT, "DSK", Map.of());
        wireMock.answers("/paperless/order", "result=0&dskid=D1&url=https://kessai.example/select?dskid=D1&message=");
    }
}
