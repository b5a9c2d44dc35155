package com.orderdesk.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gmo.GmoScenarioSetup;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.RealPortIntegrationTest;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox as a storefront developer meets it: the whole application on a real port, GMO-PG in
 * its SANDBOX environment, so the adapter reaches the built-in simulator over HTTP and the
 * simulator calls back this application's webhook. Covers what issue 9 and 10 asked of the sandbox:
 * a failed 3-D Secure challenge through the store API, result notifications resent until
 * acknowledged, URLs from configuration (never from the Host header), simulators off for a provider
 * on live credentials, and problem+json for the simulators' own errors.
 */
@RealPortIntegrationTest
class SandboxEndToEndIntegrationTests extends IntegrationTestSupport {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ConfigurableEnvironment environment;

    private TestApi.Caller store;

    private final WireMockServer gate = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void cardInTheSandboxWithThreeDSecure() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "SANDBOX");
        settings.put("options", Map.of("tds2Enabled", "true"));
        Response saved = api.asAdmin().put("/api/admin/providers/gmo-pg/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        GmoScenarioSetup.cardMethod(api, "CARD");
        Response delivery = api.asAdmin().post("/api/admin/delivery-methods", Map.of("code", "YAMATO",
                "name", "宅急便", "carrier", "YAMATO", "fee", Map.of("type", "FLAT", "amount", 550),
                "dateWishAllowed", true, "timeSlotWishAllowed", true, "paymentMethodCodes", List.of()));
        assertThat(delivery.status()).as(delivery.text()).isEqualTo(201);
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        store = api.withApiKey(key);
    }

    @AfterEach
    void stopGate() {
        environment.getPropertySources().remove("sandbox-base-url");
        gate.stop();
    }

    private Response checkout(String token) {
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", "CARD");
        body.put("instrument", Map.of("token", token));
        body.put("returnUrl", "http://127.0.0.1:" + port + "/shop/return");
        Response checkout = store.post("/api/store/checkout", body);
        assertThat(checkout.status()).as(checkout.text()).isEqualTo(201);
        return checkout;
    }

    private HttpResponse<String> http(String method, String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private JsonNode payments(String number) {
        return api.asOperator().get("/api/admin/orders/" + number + "/payments").json().at("/payments");
    }

    private String providerOrderId(String number) {
        return payments(number).get(0).at("/providerOrderId").asString();
    }

    /** The shopper fails GMO's 3-D Secure challenge; the storefront reports the return as the API says. */
    @Test
    void aFailedThreeDSecureChallengeFailsThePaymentWithTheReasonAndKeepsTheOrderForAnotherTry() throws Exception {
        Response checkout = checkout("tok-tdsfail-" + System.nanoTime());
        String number = checkout.json().at("/order/number").asString();
        assertThat(checkout.json().at("/payment/status").asString()).isEqualTo("PENDING");
        assertThat(checkout.json().at("/payment/nextAction/type").asString()).isEqualTo("REDIRECT");
        String challenge = checkout.json().at("/payment/nextAction/url").asString();
        assertThat(challenge).startsWith("http://127.0.0.1:" + port + "/api/sandbox/gmo-pg/tds2/");
        assertThat(http("GET", challenge).statusCode()).as("the shopper sees the challenge page").isEqualTo(200);

        Response returned = store.post("/api/store/orders/" + number + "/payment/authentication",
                Map.of("parameters", Map.of("AccessID", "from-the-redirect")));

        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.json().at("/status").asString()).isEqualTo("FAILED");
        assertThat(returned.text()).contains("E21010001");
        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("FAILED");
        assertThat(payment.at("/operations").findValuesAsString("providerCode")).anyMatch(code -> code.contains("E21010001"));
        // The manual: a card that did not go through leaves the order as カード未決済; the shop offers the
        // shopper another way to pay. The order stays, is not shipped, and can be paid again.
        JsonNode order = api.asOperator().get("/api/admin/orders/" + number).json();
        assertThat(order.at("/status").asString()).isEqualTo("NEW");
        assertThat(order.at("/payment/statusWord").asString()).isEqualTo("カード未決済");
        assertThat(order.at("/readyToShip").asBoolean()).isFalse();

        Response again = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("token", "tok-ok-" + System.nanoTime())));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().at("/status").asString()).isEqualTo("AUTHORIZED");
    }

    /**
     * GMO resends a result notification until the shop answers {@code 0}. Here the app's webhook is
     * "down" once (a gate in front of it answers 503), the simulator resends, the second try reaches
     * the app, and the payment takes the notice once, also when GMO sends the same notice again.
     */
    @Test
    void aResultNotificationIsResentUntilAcknowledgedAndAppliedOnce() throws Exception {
        Response checkout = checkout("tok-" + System.nanoTime());
        String number = checkout.json().at("/order/number").asString();
        assertThat(checkout.json().at("/payment/status").asString()).as(checkout.text()).isEqualTo("AUTHORIZED");
        Response captured = api.asOperator().post("/api/admin/orders/" + number + "/payment/capture", Map.of());
        assertThat(captured.json().at("/payment/status").asString()).as(captured.text()).isEqualTo("CAPTURED");
        String app = "http://127.0.0.1:" + port;
        gate.start();
        gate.stubFor(post(urlEqualTo("/webhooks/gmo-pg")).inScenario("down once").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        gate.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(app)));
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-base-url",
                Map.of("orderdesk.sandbox.base-url", gate.baseUrl())));

        HttpResponse<String> sent = http("POST", app + "/api/sandbox/gmo-pg/notify/" + providerOrderId(number));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("\"received\":false").contains("\"httpStatus\":503").contains("more tries");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                gate.findAll(postRequestedFor(urlEqualTo("/webhooks/gmo-pg")))).hasSize(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT count(*) FROM"
                + " payment_notifications WHERE provider = 'GMO_PG' AND status = 'PROCESSED'", Long.class) == 1);
        Thread.sleep(2_500);
        assertThat(gate.findAll(postRequestedFor(urlEqualTo("/webhooks/gmo-pg"))))
                .as("acknowledged with 0: no further tries").hasSize(2);

        // GMO sends the same notice again (another resend): received, and not applied a second time.
        HttpResponse<String> repeated = http("POST", app + "/api/sandbox/gmo-pg/notify/" + providerOrderId(number));
        assertThat(repeated.body()).contains("\"received\":true");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE provider = 'GMO_PG'"
                + " AND dedup_key IS NOT NULL", Long.class)).isEqualTo(1);
        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.at("/capturedAmount").asLong()).isEqualTo(checkout.json().at("/order/total").asLong());
        assertThat(payment.at("/needsAttention").asBoolean()).isFalse();
    }

    /**
     * Simulator routes are anonymous: a URL they hand out built from the caller's Host header would
     * let anyone point the app's callbacks (with ShopPass and AccessPass) at their own host.
     */
    @Test
    void urlsTheSimulatorsHandOutComeFromTheConfiguredBaseNeverTheHostHeader() throws Exception {
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-base-url",
                Map.of("orderdesk.sandbox.base-url", "https://sandbox.shop.invalid/")));

        Map<String, String> dsk = new LinkedHashMap<>();
        dsk.put("tenantid", "sandbox-tenant");
        dsk.put("password", "sandboxpass");
        dsk.put("orderid", "OD-HOST-1");
        dsk.put("amount", "1500");
        dsk.put("expire", "20991231");
        dsk.put("customername1", "山田");
        dsk.put("customername2", "太郎");
        dsk.put("customertel", "03-1234-5678");
        dsk.put("mail", "taro@example.jp");
        String registration = fromEvilHost("/api/sandbox/dsk/paperless/order", dsk);
        assertThat(registration).contains("url=https://sandbox.shop.invalid/api/sandbox/dsk/select/")
                .doesNotContain("evil.invalid");

        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("ShopID", "tshop00000001");
        entry.put("ShopPass", "sandboxpass");
        entry.put("OrderID", "OD-HOST-2");
        entry.put("JobCd", "AUTH");
        entry.put("Amount", "1500");
        Map<String, String> access = form(fromEvilHost("/api/sandbox/gmo-pg/payment/EntryTran.idPass", entry));
        Map<String, String> exec = new LinkedHashMap<>();
        exec.put("AccessID", access.get("AccessID"));
        exec.put("AccessPass", access.get("AccessPass"));
        exec.put("OrderID", "OD-HOST-2");
        exec.put("Token", "tok-tds-host-" + System.nanoTime());
        String challenge = fromEvilHost("/api/sandbox/gmo-pg/payment/ExecTran.idPass", exec);
        assertThat(challenge).contains("RedirectUrl=https://sandbox.shop.invalid/api/sandbox/gmo-pg/tds2/")
                .doesNotContain("evil.invalid");

        // The result notification goes to this app's own webhook on the configured base, not to the caller's host.
        environment.getPropertySources().remove("sandbox-base-url");
        MockHttpServletResponse notified = mvc.perform(MockMvcRequestBuilders
                .post("http://evil.invalid/api/sandbox/gmo-pg/notify/OD-HOST-2").header("Host", "evil.invalid"))
                .andReturn().getResponse();
        assertThat(notified.getContentAsString()).contains("\"webhook\":\"http://127.0.0.1:" + port + "/webhooks/gmo-pg\"")
                .doesNotContain("evil.invalid");
    }

    /** Live credentials stored for a provider switch its simulator off; the others keep theirs. */
    @Test
    void aProviderOnLiveCredentialsDoesNotUseItsSimulator() throws Exception {
        Map<String, Object> live = new LinkedHashMap<>();
        live.put("enabled", true);
        live.put("environment", "TEST");
        live.put("baseUrl", "http://127.0.0.1:9/gmo");
        live.put("credentials", Map.of("shopId", "tshop09999999", "shopPass", "live-pass", "siteId", "tsite09999999",
                "sitePass", "live-site-pass"));
        Response saved = api.asAdmin().put("/api/admin/providers/gmo-pg/settings", live);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);

        HttpResponse<String> off = http("GET", "http://127.0.0.1:" + port + "/api/sandbox/gmo-pg/tds2/any");
        HttpResponse<String> offWire = http("POST", "http://127.0.0.1:" + port + "/api/sandbox/gmo-pg/payment/EntryTran.idPass");

        assertThat(off.statusCode()).isEqualTo(404);
        assertThat(off.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(off.body()).contains("simulator-off").contains("TEST");
        assertThat(offWire.statusCode()).as("the wire API is off too").isEqualTo(404);
        assertThat(http("GET", "http://127.0.0.1:" + port + "/api/sandbox/dsk/select/unknown").body())
                .as("DSK is still in SANDBOX: its simulator answers (here: no such payment)").contains("not-found")
                .doesNotContain("simulator-off");

        Response back = api.asAdmin().put("/api/admin/providers/gmo-pg/settings",
                Map.of("enabled", true, "environment", "SANDBOX"));
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        assertThat(http("GET", "http://127.0.0.1:" + port + "/api/sandbox/gmo-pg/tds2/any").statusCode()).isEqualTo(200);
    }

    /**
     * Every error a simulator answers on its own routes is problem+json; replies on the simulated
     * provider's wire (GMO's ErrCode lines, DSK's result codes, Yamato's XML) stay the provider's.
     */
    @Test
    void theSimulatorsOwnErrorsAreProblemJsonWhileProviderWireRepliesStayTheProviders() throws Exception {
        String base = "http://127.0.0.1:" + port + "/api/sandbox/";
        for (String[] call : List.of(
                new String[] {"GET", "dsk/select/20990101000001"},
                new String[] {"POST", "dsk/20990101000001/pay"},
                new String[] {"POST", "gmo-pg/notify/NO-SUCH-ORDER"},
                new String[] {"POST", "kuroneko-atobarai/kuroneko-atobarai-api/KAXX9999APIAction_execute.action"},
                new String[] {"GET", "kuroneko-atobarai/orders/NO-SUCH-ORDER"},
                new String[] {"POST", "kuroneko-atobarai/orders/NO-SUCH-ORDER/status?to=nonsense"},
                new String[] {"POST", "kuroneko-kakebarai/NOSUCHAPIAction.action"},
                new String[] {"POST", "kuroneko-kakebarai/buyers/NO-SUCH-BUYER/judgement?status=1"},
                new String[] {"POST", "paygent-paidy/payments/NO-SUCH-PAYMENT/automatic-capture"},
                new String[] {"POST", "paygent-paidy/checkout?publicKey=pk_unknown&amount=1000"},
                new String[] {"GET", "no-such-simulator/anything"})) {
            HttpResponse<String> answer = http(call[0], base + call[1]);
            assertThat(answer.statusCode()).as(call[1] + ": " + answer.body()).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type")).as(call[1]).get().asString()
                    .startsWith("application/problem+json");
        }

        HttpResponse<String> gmoWire = http("POST", base + "gmo-pg/payment/EntryTran.idPass");
        assertThat(gmoWire.statusCode()).isEqualTo(200);
        assertThat(gmoWire.body()).as("GMO answers a bad call on its wire").startsWith("ErrCode=");
    }

    private String fromEvilHost(String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, WINDOWS_31J)));
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("http://evil.invalid" + path)
                .header("Host", "evil.invalid").header("X-Forwarded-Host", "evil.invalid")
                .contentType("application/x-www-form-urlencoded; charset=Windows-31J")
                .content(body.toString().getBytes(WINDOWS_31J))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new String(response.getContentAsByteArray(), WINDOWS_31J);
    }

    private static Map<String, String> form(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.strip().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return fields;
    }
}
