package com.orderdesk.payment.dsk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.support.TestApi;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * DSK on WireMock for integration tests, written once: the provider settings pointing at it (TEST
 * environment, notices admitted from loopback, MockMvc's remote address), a payment method bound to
 * the real adapter, DSK's Shift_JIS replies, and DSK's notice with exactly the fact sheet's fields.
 */
public final class DskWireMock {

    public static final String ACK = DskNotificationParser.ACK;

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public WireMockServer server() {
        return server;
    }

    /** Resets WireMock, saves DSK's settings for {@code tenant} and creates the payment method {@code code}. */
    public void configure(TestApi api, String tenant, String code, Map<String, String> methodOptions) {
        configure(api, tenant, code, methodOptions, Map.of());
    }

    /** As above, with the payment method's other fields (name, mail texts) overridden. */
    public void configure(TestApi api, String tenant, String code, Map<String, String> methodOptions,
            Map<String, Object> methodFields) {
        server.resetAll();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", server.baseUrl());
        settings.put("options", Map.of("notificationAllowlist", "127.0.0.1, ::1"));
        settings.put("credentials", Map.of("tenantId", tenant, "password", "dsk-secret"));
        TestApi.Response saved = api.asAdmin().put("/api/admin/providers/dsk/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", "コンビニ払い (DSK)");
        method.put("provider", "DSK");
        method.put("captureImmediately", false);
        method.put("completionText", "下記URLからお支払い方法をお選びください。");
        method.put("emailTitle", "コンビニ払い");
        method.put("emailText", "お支払い方法選択ページURLからお支払いください。");
        method.put("options", methodOptions);
        method.putAll(methodFields);
        TestApi.Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    public static String selectionUrl(String dskId) {
        return "https://kessai.example/select?dskid=" + dskId + "&sig=a=b";
    }

    /** Successive registrations answer these dskids, in order. */
    public void registrationAnswers(String... dskIds) {
        String state = Scenario.STARTED;
        for (int i = 0; i < dskIds.length; i++) {
            String next = "registration " + (i + 1);
            server.stubFor(post(urlEqualTo("/paperless/order")).inScenario("registrations").whenScenarioStateIs(state)
                    .willReturn(reply("result=0&dskid=" + dskIds[i] + "&url=" + selectionUrl(dskIds[i]) + "&message="))
                    .willSetStateTo(next));
            state = next;
        }
    }

    public void answers(String path, String body) {
        server.stubFor(post(urlEqualTo(path)).willReturn(reply(body)));
    }

    public static ResponseDefinitionBuilder reply(String body) {
        return aResponse().withHeader("Content-Type", "text/plain; charset=Shift_JIS").withBody(body.getBytes(DskForm.CHARSET));
    }

    /** Exactly the fact sheet's notice fields: datakbn, dskid, amount, paydate, conveni, receiptno, orderid. */
    public static String noticeBody(String orderId, String dskId, long amount, String datakbn, String paydate) {
        return "datakbn=" + datakbn + "&dskid=" + dskId + "&amount=" + amount + "&paydate=" + paydate
                + "&conveni=010&receiptno=123456789012&orderid=" + orderId;
    }

    /** Posts a notice to the one webhook route from loopback, as the allowlist above admits. */
    public static MockHttpServletResponse notice(MockMvc mvc, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/webhooks/dsk").contentType("application/x-www-form-urlencoded")
                .content(body.getBytes(DskForm.CHARSET)).with(request -> {
                    request.setRemoteAddr("127.0.0.1");
                    return request;
                })).andReturn().getResponse();
    }
}
