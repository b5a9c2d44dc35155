package com.orderdesk.payment.gmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.RecordingInbox;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.NotificationClassification;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.WebhookEndpoint;
import com.orderdesk.payment.gmo.wire.GmoForm;
import com.orderdesk.shared.ShopTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** GMO-PG's receiver behind the webhook ingest with a recording inbox; standalone MockMvc, no Spring context. */
class GmoNotificationControllerTests {

    private static final String GOOD = "ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=a1b2&AccessPass=secretpass"
            + "&OrderID=OD-1001-1&Status=SALES&JobCd=SALES&Amount=1500&Tax=0&Currency=JPN&Forward=2a99662&Method=1"
            + "&PayTimes=&TranID=2411231200111111111111111111&Approve=6543210&TranDate=20261123120000&ErrCode=&ErrInfo="
            + "&PayType=0";

    private final RecordingInbox inbox = new RecordingInbox();
    private ProviderSettings settings = GmoFixtures.settings("http://gmo.invalid",
            Map.of("notificationAllowlist", "203.0.113.10"));
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T03:00:01Z"), ShopTime.ZONE);
        WebhookEndpoint webhook = new WebhookEndpoint(new GmoNotificationParser(), inbox, provider -> settings, clock);
        mvc = MockMvcBuilders.standaloneSetup(webhook).build();
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
        ParsedNotification stored = inbox.accepted.getFirst();
        NotificationClassification parsed = stored.classification();
        assertThat(parsed.deduplicationKey()).isEqualTo("OD-1001-1:SALES:20261123120000:SALES");
        assertThat(stored.locator()).isEqualTo(PaymentLocator.byProviderOrderId("OD-1001-1"));
        assertThat(parsed.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(parsed.providerStatus()).isEqualTo("SALES");
        assertThat(parsed.amount()).isEqualTo(1500);
        assertThat(parsed.occurredAt()).isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));
        assertThat(parsed.trusted()).isFalse();
        assertThat(parsed.references()).containsEntry("TranID", "2411231200111111111111111111")
                .doesNotContainKey("AccessPass").doesNotContainKey("ShopPass");
    }

    @Test
    void theStoredNoticeKeepsNoCredentialAndOnlyHarmlessHeaders() throws Exception {
        mvc.perform(post("/webhooks/gmo-pg").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(GOOD.getBytes(GmoForm.CHARSET)).header("Authorization", "Basic YWRtaW46c2VjcmV0")
                .header("Cookie", "JSESSIONID=abc").header("User-Agent", "GMO-PG").with(request -> {
                    request.setRemoteAddr("203.0.113.10");
                    return request;
                })).andReturn();

        InboundNotification stored = inbox.raw.getFirst();
        assertThat(stored.bodyText()).contains("ShopPass=****", "AccessPass=****", "OrderID=OD-1001-1",
                "TranID=2411231200111111111111111111").doesNotContain("sandboxpass").doesNotContain("secretpass");
        assertThat(stored.headers()).containsEntry("user-agent", "GMO-PG").doesNotContainKeys("authorization", "cookie");
    }

    @Test
    void aRefusedNoticeIsKeptAsASummaryWithoutItsBody() throws Exception {
        send(GOOD.replace("ShopPass=sandboxpass", "ShopPass=guess"), "203.0.113.10");

        assertThat(inbox.rejectedNotices).singleElement().satisfies(rejected -> {
            assertThat(rejected.size()).isEqualTo(GOOD.length() - "sandboxpass".length() + "guess".length());
            assertThat(rejected.sha256()).hasSize(64);
            assertThat(rejected.sourceAddress()).isEqualTo("203.0.113.10");
        });
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
        assertThat(inbox.accepted.getLast().classification().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void connectivityTestIsClassifiedAsIgnoredAndAnsweredZero() throws Exception {
        MockHttpServletResponse response = send("ShopID=tshop00000001&ShopPass=sandboxpass&OrderID=&ErrCode=E00"
                + "&ErrInfo=E00000000", "203.0.113.10");

        assertThat(response.getContentAsString()).isEqualTo("0");
        assertThat(inbox.accepted).singleElement().satisfies(stored -> {
            assertThat(stored.locator()).isNull();
            assertThat(stored.classification().ignoredBecause()).isEqualTo("GMO-PG connectivity test");
        });
        assertThat(inbox.rejections).isEmpty();
    }

    @Test
    void emptyAllowlistAdmitsOnlyLoopbackInTheSandboxAndNobodyLive() throws Exception {
        settings = GmoFixtures.settings("http://gmo.invalid");
        MockHttpServletResponse outside = send(GOOD, "203.0.113.10");
        MockHttpServletResponse loopback = send(GOOD, "127.0.0.1");
        settings = new ProviderSettings(true, ProviderSettings.Environment.PRODUCTION, "https://gmo.invalid",
                settings.credentials(), Map.of());
        MockHttpServletResponse live = send(GOOD, "127.0.0.1");

        assertThat(outside.getStatus()).isEqualTo(403);
        assertThat(loopback.getContentAsString()).isEqualTo("0");
        assertThat(live.getStatus()).isEqualTo(403);
        assertThat(inbox.rejections).hasSize(2).allSatisfy(reason -> assertThat(reason).contains("empty"));
    }

    @Test
    void unreadableAmountIsRejectedNotTakenAsAbsent() throws Exception {
        MockHttpServletResponse response = send(GOOD.replace("Amount=1500", "Amount=1,500"), "203.0.113.10");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(inbox.accepted).isEmpty();
        assertThat(inbox.rejections).singleElement().asString().contains("Amount");
    }

    @Test
    void errorNotificationIsStoredWithItsReadableError() throws Exception {
        send("ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=a1b2&OrderID=OD-1001-1&Status=UNPROCESSED&JobCd=AUTH"
                + "&Amount=1500&TranDate=20261123120000&ErrCode=42G&ErrInfo=42G020000", "203.0.113.10");

        NotificationClassification parsed = inbox.accepted.getFirst().classification();
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

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("1");
    }
}
