package com.orderdesk.payment.gmo;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.orderdesk.payment.gmo.GmoFixtures.ACCESS_ID;
import static com.orderdesk.payment.gmo.GmoFixtures.ACCESS_PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.ProviderFault;
import com.orderdesk.payment.ProviderFault.CircuitTrip;
import com.orderdesk.payment.ProviderFault.Timed;
import com.orderdesk.payment.ShortProviderTimeouts;
import com.orderdesk.support.TestApi.Response;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * GMO-PG failing at the network level, through the admin API on PostgreSQL with GMO on WireMock:
 * a capture GMO may have received but did not answer usably is 202 with outcome UNKNOWN and its
 * operations-log entry left open for reconciliation (SearchTrade), never a 5xx; repeated failures
 * open the {@code gmo-pg} circuit, after which a capture is not sent at all and answered 503 with
 * {@code Retry-After} without waiting for GMO; and GMO's result notices are acknowledged while a
 * capture hangs.
 */
@ShortProviderTimeouts
class GmoProviderFaultIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String CARD = "CARD";
    private static final String ALTER = "/payment/AlterTran.idPass";
    private static final WireMockServer gmo = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @BeforeAll
    static void startGmo() {
        gmo.start();
    }

    @AfterAll
    static void stopGmo() {
        gmo.stop();
    }

    @BeforeEach
    void gmoOnWireMockAndAClosedCircuit() {
        gmo.resetAll();
        circuit().reset();
        GmoScenarioSetup.settingsAndCardMethod(api, gmo.baseUrl(), CARD);
        gmo.stubFor(post(urlEqualTo("/payment/EntryTran.idPass"))
                .willReturn(ok("AccessID=" + ACCESS_ID + "&AccessPass=" + ACCESS_PASS)));
        gmo.stubFor(post(urlEqualTo("/payment/ExecTran.idPass")).willReturn(ok("ACS=0&OrderID=x&Forward=2a99662"
                + "&Method=1&PayTimes=&Approve=6543210&TranID=2411231200111111111111111111&TranDate=20261123120000")));
    }

    @ParameterizedTest
    @EnumSource(ProviderFault.class)
    void aCaptureGmoDidNotAnswerUsablyIsUnknownAndLeftOpenNeverA5xx(ProviderFault fault) {
        String number = authorizedCardOrder();
        gmo.stubFor(post(urlEqualTo(ALTER)).willReturn(fault.answer()));

        Response captured = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(captured.status()).as(captured.text()).isEqualTo(202);
        assertThat(captured.json().at("/outcome").asString()).isEqualTo("UNKNOWN");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).as("nothing is assumed").isEqualTo("AUTHORIZED");
        JsonNode capture = lastOperation(payment);
        assertThat(capture.at("/kind").asString()).isEqualTo("CAPTURE");
        assertThat(capture.at("/outcome").asString()).isEqualTo("UNKNOWN");
        assertThat(capture.at("/providerMessage").asString()).contains("SearchTrade");
        gmo.verify(1, postRequestedFor(urlEqualTo(ALTER)));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndACaptureIsThenRefusedAt503WithoutWaitingForGmo() {
        // Authorized first: their successful calls fill the breaker's window before the failures come.
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            orders.add(authorizedCardOrder());
        }
        gmo.stubFor(post(urlEqualTo(ALTER)).willReturn(ProviderFault.SLOW.answer()));

        CircuitTrip trip = CircuitTrip.run(orders, number -> api.asOperator().post(commandUri(number, "capture"), Map.of()),
                () -> gmo.findAll(postRequestedFor(urlEqualTo(ALTER))).size());

        assertThat(circuit().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        trip.assertRefusedUnsentWithoutWaiting("gmo-pg");
    }

    @Test
    void aResultNoticeIsAcknowledgedWhileACaptureHangsAtGmo() throws Exception {
        String number = authorizedCardOrder();
        String orderId = paymentsOf(number).get(0).at("/providerOrderId").asString();
        gmo.stubFor(post(urlEqualTo(ALTER)).willReturn(ProviderFault.SLOW.answer()));

        CompletableFuture<Timed> hanging = CompletableFuture.supplyAsync(
                () -> Timed.of(() -> api.asOperator().post(commandUri(number, "capture"), Map.of())));
        // Polled often: the capture hangs only for the short read timeout, and the notice must come within it.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> !gmo.findAll(postRequestedFor(urlEqualTo(ALTER))).isEmpty());
        long start = System.nanoTime();
        MockHttpServletResponse ack = mvc.perform(MockMvcRequestBuilders.post("/webhooks/gmo-pg")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=" + ACCESS_ID + "&AccessPass=" + ACCESS_PASS
                        + "&OrderID=" + orderId + "&Status=AUTH&JobCd=AUTH&Amount=3830&Tax=0&Currency=JPN"
                        + "&Forward=2a99662&Method=1&PayTimes=&TranID=2411231500333333333333333333&Approve=6543210"
                        + "&TranDate=20261123150000&ErrCode=&ErrInfo=&PayType=0"))
                .andReturn().getResponse();
        Duration ackTook = Duration.ofNanos(System.nanoTime() - start);
        boolean captureStillHanging = !hanging.isDone();

        assertThat(ack.getStatus()).isEqualTo(200);
        assertThat(ack.getContentAsString()).isEqualTo("0");
        assertThat(captureStillHanging).as("acknowledged (%d ms) while the capture still waited for GMO",
                ackTook.toMillis()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE provider_order_id = ?",
                Long.class, orderId)).as("stored before the acknowledgement").isEqualTo(1);
        Timed capture = hanging.get();
        assertThat(capture.response().status()).isEqualTo(202);
        assertThat(ackTook).isLessThan(capture.took());
        System.out.printf("gmo-pg notice acknowledged in %d ms while a capture hung %d ms%n", ackTook.toMillis(),
                capture.took().toMillis());
    }

    private CircuitBreaker circuit() {
        return circuitBreakers.circuitBreaker("gmo-pg");
    }

    private String authorizedCardOrder() {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", CARD);
        Response placed = api.asOperator().post("/api/admin/orders", order);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String number = placed.json().at("/number").asString();
        Response authorized = api.asOperator().post(commandUri(number, "authorize"),
                Map.of("instrument", Map.of("token", "tok-" + number)));
        assertThat(authorized.status()).as(authorized.text()).isEqualTo(201);
        assertThat(authorized.json().at("/payment/status").asString()).isEqualTo("AUTHORIZED");
        return number;
    }

    private static JsonNode lastOperation(JsonNode payment) {
        JsonNode operations = payment.at("/operations");
        return operations.get(operations.size() - 1);
    }
}
