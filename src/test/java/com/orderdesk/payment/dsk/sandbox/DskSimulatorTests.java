package com.orderdesk.payment.dsk.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.dsk.wire.DskReply;
import com.orderdesk.shared.ShopTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The simulator speaks the PROPOSED protocol in DSK's format and posts DSK's notice for the
 * shopper's actions (to a WireMock standing in for {@code /webhooks/dsk}); standalone MockMvc.
 */
class DskSimulatorTests {

    private final WireMockServer webhook = new WireMockServer(wireMockConfig().dynamicPort());
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        webhook.start();
        webhook.stubFor(post(urlEqualTo("/webhooks/dsk")).willReturn(aResponse().withBody("<SENBDATA>STATUS=800</SENBDATA>")));
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T01:15:00Z"), ShopTime.ZONE);
        mvc = MockMvcBuilders.standaloneSetup(new DskSimulator(clock, new MockEnvironment(),
                new DskSimulatorProperties(true, webhook.baseUrl() + "/webhooks/dsk", "127.0.0.2", Duration.ofMillis(200), 5))).build();
    }

    @AfterEach
    void stop() {
        webhook.stop();
    }

    private DskReply call(String path, Map<String, String> form, DskReply.Layout layout) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/sandbox/dsk" + path)
                .contentType(DskForm.CONTENT_TYPE).content(DskForm.encode(form))).andReturn().getResponse();
        return DskReply.parse(response.getContentAsByteArray(), layout);
    }

    private static Map<String, String> order(String orderId, String amount) {
        Map<String, String> form = credentials(orderId);
        form.put("amount", amount);
        form.put("expire", "20261201");
        form.put("customername1", "山田");
        form.put("customername2", "太郎");
        form.put("customertel", "03-1234-5678");
        form.put("mail", "taro@example.jp");
        return form;
    }

    private static Map<String, String> credentials(String orderId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tenantid", SimulatedDsk.TENANT_ID);
        form.put("password", SimulatedDsk.PASSWORD);
        form.put("orderid", orderId);
        return form;
    }

    private Map<String, String> shopper(String path) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/sandbox/dsk" + path)).andReturn();
        return DskForm.decode(webhook.getAllServeEvents().getFirst().getRequest().getBody());
    }

    @Test
    void registrationReplyCarriesASelectionUrlWithAmpersandsAndADuplicateGivesItBack() throws Exception {
        DskReply first = call("/paperless/order", order("OD-000001-1", "1500"), DskReply.Layout.REGISTRATION);
        DskReply again = call("/paperless/order", order("OD-000001-1", "1500"), DskReply.Layout.REGISTRATION);

        assertThat(first.result()).isZero();
        assertThat(first.field("url")).contains("/api/sandbox/dsk/select/" + first.field("dskid") + "?orderid=OD-000001-1&");
        assertThat(again.result()).isEqualTo(DskReply.DUPLICATE_ORDER);
        assertThat(again.field("dskid")).isEqualTo(first.field("dskid"));
        assertThat(again.field("url")).isEqualTo(first.field("url"));
    }

    @Test
    void wrongPasswordAndBadAmountAreRefused() throws Exception {
        Map<String, String> wrong = order("OD-000002-1", "1500");
        wrong.put("password", "guess");

        assertThat(call("/paperless/order", wrong, DskReply.Layout.REGISTRATION).result()).isEqualTo(-1);
        assertThat(call("/paperless/order", order("OD-000002-1", "300000"), DskReply.Layout.REGISTRATION).result())
                .isEqualTo(-1);
    }

    @Test
    void payingSendsThePaidNoticeAndCancelIsThenRefused() throws Exception {
        String dskId = call("/paperless/order", order("OD-000003-1", "1500"), DskReply.Layout.REGISTRATION).field("dskid");

        Map<String, String> notice = shopper("/" + dskId + "/pay?conveni=030&amount=1000");

        assertThat(notice.keySet()).as("exactly the fact sheet's notice fields, no tenant id")
                .containsExactly("datakbn", "dskid", "amount", "paydate", "conveni", "receiptno", "orderid");
        assertThat(notice).containsEntry("datakbn", "1").containsEntry("dskid", dskId).containsEntry("amount", "1000")
                .containsEntry("conveni", "030").containsEntry("orderid", "OD-000003-1")
                .containsEntry("paydate", "20261124101500").containsKey("receiptno");
        assertThat(call("/paperless/cancel", credentials("OD-000003-1"), DskReply.Layout.CANCEL).result()).isEqualTo(-1);
    }

    @Test
    void paymentCancellationAndConfirmationSendTheirNotices() throws Exception {
        String dskId = call("/paperless/order", order("OD-000004-1", "1500"), DskReply.Layout.REGISTRATION).field("dskid");
        shopper("/" + dskId + "/pay");
        webhook.resetRequests();

        assertThat(shopper("/" + dskId + "/confirm")).containsEntry("datakbn", "3").containsEntry("amount", "1500");
        webhook.resetRequests();
        assertThat(shopper("/" + dskId + "/cancel-payment")).containsEntry("datakbn", "2");
        webhook.resetRequests();
        // A reversed payment is not confirmed: an app-level 422 problem (SandboxSafetyIntegrationTests shows its body).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(MockMvcRequestBuilders.post(
                "/api/sandbox/dsk/" + dskId + "/confirm"))).rootCause()
                .isInstanceOf(com.orderdesk.payment.gateway.kit.SimulatorRefusal.class);
    }

    @Test
    void unpaidOrderIsCancelledTwiceAlike() throws Exception {
        call("/paperless/order", order("OD-000005-1", "1500"), DskReply.Layout.REGISTRATION);

        assertThat(call("/paperless/cancel", credentials("OD-000005-1"), DskReply.Layout.CANCEL).result()).isZero();
        assertThat(call("/paperless/cancel", credentials("OD-000005-1"), DskReply.Layout.CANCEL).result())
                .as("already cancelled is 0 too").isZero();
    }

    @Test
    void selectionPageListsTheStoresAndIssuesAReceiptNumber() throws Exception {
        String dskId = call("/paperless/order", order("OD-000006-1", "1500"), DskReply.Layout.REGISTRATION).field("dskid");

        String page = mvc.perform(get("/api/sandbox/dsk/select/" + dskId).param("conveni", "040")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("セブン-イレブン").contains("ファミリーマート").contains("受付番号");
    }

    @Test
    void noticesComeFromTheFixedSenderAddress() throws Exception {
        String dskId = call("/paperless/order", order("OD-000007-1", "1500"), DskReply.Layout.REGISTRATION).field("dskid");

        shopper("/" + dskId + "/pay");

        assertThat(webhook.getAllServeEvents().getFirst().getRequest().getClientIp()).isEqualTo("127.0.0.2");
    }

    @Test
    void aNoticeAnsweredNgOrWith5xxIsResentUntilAcknowledgedAtMostFiveTimes() throws Exception {
        webhook.stubFor(post(urlEqualTo("/webhooks/dsk")).inScenario("resend").whenScenarioStateIs(
                com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("NG")).willSetStateTo("second"));
        webhook.stubFor(post(urlEqualTo("/webhooks/dsk")).inScenario("resend").whenScenarioStateIs("second")
                .willReturn(aResponse().withBody("NG")).willSetStateTo("third"));
        webhook.stubFor(post(urlEqualTo("/webhooks/dsk")).inScenario("resend").whenScenarioStateIs("third")
                .willReturn(aResponse().withBody("<SENBDATA>STATUS=800</SENBDATA>")));
        String dskId = call("/paperless/order", order("OD-000008-1", "1500"), DskReply.Layout.REGISTRATION).field("dskid");

        mvc.perform(MockMvcRequestBuilders.post("/api/sandbox/dsk/" + dskId + "/pay")).andReturn();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> webhook.getAllServeEvents().size() == 3);
        Thread.sleep(600);
        assertThat(webhook.getAllServeEvents()).as("acknowledged on the third try: no fourth").hasSize(3);

        webhook.resetAll();
        webhook.stubFor(post(urlEqualTo("/webhooks/dsk")).willReturn(aResponse().withStatus(503)));
        mvc.perform(MockMvcRequestBuilders.post("/api/sandbox/dsk/" + dskId + "/confirm")).andReturn();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> webhook.getAllServeEvents().size() == 5);
        Thread.sleep(600);
        assertThat(webhook.getAllServeEvents()).as("five tries in all").hasSize(5);
    }

    @Test
    void aCancelledOrderIdIsNotRegisteredAgain() throws Exception {
        call("/paperless/order", order("OD-000009-1", "1500"), DskReply.Layout.REGISTRATION);
        call("/paperless/cancel", credentials("OD-000009-1"), DskReply.Layout.CANCEL);

        DskReply again = call("/paperless/order", order("OD-000009-1", "1500"), DskReply.Layout.REGISTRATION);

        assertThat(again.result()).isEqualTo(-1);
        assertThat(again.field("message")).contains("cancelled");
    }

    @Test
    void nameOrPhoneOrMailDskWouldNotTakeAreRefused() throws Exception {
        Map<String, String> longName = order("OD-000010-1", "1500");
        longName.put("customername1", "寿限無寿限無五劫の擦り切れ");
        Map<String, String> noName = order("OD-000010-2", "1500");
        noName.put("customername1", "");
        Map<String, String> badPhone = order("OD-000010-3", "1500");
        badPhone.put("customertel", "12345");
        Map<String, String> badMail = order("OD-000010-4", "1500");
        badMail.put("mail", "taro.example.jp");

        for (Map<String, String> form : java.util.List.of(longName, noName, badPhone, badMail)) {
            assertThat(call("/paperless/order", form, DskReply.Layout.REGISTRATION).result()).as(form.toString())
                    .isEqualTo(-1);
        }
        assertThat(call("/paperless/order", order("OD-000010-5", "1500"), DskReply.Layout.REGISTRATION).result()).isZero();
    }
}
