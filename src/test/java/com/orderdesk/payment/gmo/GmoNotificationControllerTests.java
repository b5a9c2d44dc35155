package com.orderdesk.payment.gmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.gateway.RecordingInbox;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gmo.wire.GmoForm;
import com.orderdesk.shared.ShopTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The result-notification endpoint with a recording inbox; standalone MockMvc, no Spring context. */
class GmoNotificationControllerTests {

    private static final String GOOD = "ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=a1b2&AccessPass=secretpass"
            + "&OrderID=OD-1001-1&Status=SALES&JobCd=SALES&Amount=1500&Tax=0&Currency=JPN&Forward=2a99662&Method=1"
            + "&PayTimes=&TranID=2411231200111111111111111111&Approve=6543210&TranDate=20261123120000&ErrCode=&ErrInfo="
            + "&PayType=0";

    private final RecordingInbox inbox = new RecordingInbox();
    private ProviderSettings settings = GmoFixtures.settings("http://gmo.invalid");
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("inbox", inbox);
        beans.addBean("settings", (ProviderSettingsLookup) provider -> settings);
        GmoNotificationController controller = new GmoNotificationController(new GmoNotificationParser(),
                beans.getBeanProvider(ProviderSettingsLookup.class), beans.getBeanProvider(NotificationInbox.class),
                Clock.fixed(Instant.parse("2026-11-23T03:00:01Z"), ShopTime.ZONE));
        mvc = MockMvcBuilders.standaloneSetup(controller).build();
    }

    private MockHttpServletResponse send(String body, String from) throws Exception {
        return mvc.perform(post("/webhooks/gmo-pg").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body.getBytes(GmoForm.CHARSET)).with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn().getResponse();
    }

    @Test
    void goodNotificationIsStoredAndAnsweredZero() throws Exception {
        MockHttpServletResponse response = send(GOOD, "203.0.113.10");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("0");
        assertThat(response.getContentType()).startsWith("text/plain");
        ParsedNotification parsed = inbox.accepted.getFirst();
        assertThat(parsed.deduplicationKey()).isEqualTo("OD-1001-1:SALES:20261123120000:SALES");
        assertThat(parsed.providerOrderId()).isEqualTo("OD-1001-1");
        assertThat(parsed.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(parsed.providerStatus()).isEqualTo("SALES");
        assertThat(parsed.amount()).isEqualTo(1500);
        assertThat(parsed.occurredAt()).isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));
        assertThat(parsed.trusted()).isFalse();
        assertThat(parsed.references()).containsEntry("TranID", "2411231200111111111111111111")
                .doesNotContainKey("AccessPass").doesNotContainKey("ShopPass");
    }

    @Test
    void wrongShopPassIsRejectedAndNothingAccepted() throws Exception {
        MockHttpServletResponse response = send(GOOD.replace("ShopPass=sandboxpass", "ShopPass=guess"), "203.0.113.10");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).isEqualTo("1");
        assertThat(inbox.accepted).isEmpty();
        assertThat(inbox.rejections).singleElement().asString().contains("ShopPass").doesNotContain("sandboxpass")
                .doesNotContain("guess");
    }

    @Test
    void missingShopIdIsRejected() throws Exception {
        MockHttpServletResponse response = send(GOOD.replace("ShopID=tshop00000001&", ""), "203.0.113.10");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(inbox.accepted).isEmpty();
    }

    @Test
    void sourceOutsideTheAllowlistIsRejected() throws Exception {
        settings = GmoFixtures.settings("http://gmo.invalid", Map.of("notificationAllowlist", "210.197.108.0/24, 192.0.2.7"));

        MockHttpServletResponse outside = send(GOOD, "203.0.113.10");
        MockHttpServletResponse listed = send(GOOD, "192.0.2.7");
        MockHttpServletResponse inRange = send(GOOD, "210.197.108.44");

        assertThat(outside.getStatus()).isEqualTo(403);
        assertThat(inbox.rejections).singleElement().asString().contains("203.0.113.10");
        assertThat(listed.getContentAsString()).isEqualTo("0");
        assertThat(inRange.getContentAsString()).isEqualTo("0");
        assertThat(inbox.accepted).hasSize(2);
    }

    @Test
    void duplicateCarriesTheSameKeyAndIsStoredOnce() throws Exception {
        send(GOOD, "203.0.113.10");
        MockHttpServletResponse again = send(GOOD, "203.0.113.10");

        assertThat(again.getContentAsString()).isEqualTo("0");
        assertThat(inbox.entries).hasSize(1);
        assertThat(inbox.accepted).extracting(ParsedNotification::deduplicationKey).containsOnly(
                "OD-1001-1:SALES:20261123120000:SALES");
    }

    @Test
    void laterStateOfTheSameOrderIsANewNotification() throws Exception {
        send(GOOD, "203.0.113.10");
        send(GOOD.replace("Status=SALES", "Status=RETURN").replace("JobCd=SALES", "JobCd=RETURN")
                .replace("TranDate=20261123120000", "TranDate=20261124090000"), "203.0.113.10");

        assertThat(inbox.entries).hasSize(2);
        assertThat(inbox.accepted.getLast().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void connectivityTestIsAnsweredWithoutStoring() throws Exception {
        MockHttpServletResponse response = send("ShopID=tshop00000001&ShopPass=sandboxpass&OrderID=&ErrCode=E00"
                + "&ErrInfo=E00000000", "203.0.113.10");

        assertThat(response.getContentAsString()).isEqualTo("0");
        assertThat(inbox.accepted).isEmpty();
        assertThat(inbox.rejections).isEmpty();
    }

    @Test
    void errorNotificationIsStoredWithItsReadableError() throws Exception {
        send("ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=a1b2&OrderID=OD-1001-1&Status=UNPROCESSED&JobCd=AUTH"
                + "&Amount=1500&TranDate=20261123120000&ErrCode=42G&ErrInfo=42G020000", "203.0.113.10");

        ParsedNotification parsed = inbox.accepted.getFirst();
        assertThat(parsed.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(parsed.references()).containsEntry("ErrCode", "42G/42G020000")
                .hasEntrySatisfying("ErrMessage", message -> assertThat(message).contains("insufficient balance"));
    }

    @Test
    void bodyThatIsNotGmoIsRejectedAsUnreadable() throws Exception {
        MockHttpServletResponse response = send("<xml/>", "203.0.113.10");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo("1");
        assertThat(inbox.rejections).hasSize(1);
    }

    @Test
    void inboxFailureAnswersOneSoGmoResends() throws Exception {
        inbox.failing = true;

        MockHttpServletResponse response = send(GOOD, "203.0.113.10");

        assertThat(response.getContentAsString()).isEqualTo("1");
    }
}
