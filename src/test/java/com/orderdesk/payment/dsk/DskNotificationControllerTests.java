package com.orderdesk.payment.dsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.gateway.RecordingInbox;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.WebhookEndpoint;
import com.orderdesk.shared.ShopTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The notice endpoint with a recording inbox; standalone MockMvc, no Spring context. */
class DskNotificationControllerTests {

    private static final String DSK_ADDRESS = DskNotificationParserTests.DSK_ADDRESS;

    private final RecordingInbox inbox = new RecordingInbox();
    private final ProviderSettings settings = DskFixtures.settings("https://dsk.invalid", ProviderSettings.Environment.PRODUCTION,
            Map.of("notificationAllowlist", DSK_ADDRESS));
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        WebhookEndpoint webhook = new WebhookEndpoint(new DskNotificationParser(), inbox, provider -> settings,
                Clock.fixed(Instant.parse("2026-11-24T01:16:00Z"), ShopTime.ZONE));
        mvc = MockMvcBuilders.standaloneSetup(webhook).build();
    }

    private MockHttpServletResponse send(byte[] body, String from) throws Exception {
        return mvc.perform(post("/webhooks/dsk").contentType("application/x-www-form-urlencoded").content(body)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn().getResponse();
    }

    @Test
    void storedNoticeIsAnsweredWithDsksLiteral() throws Exception {
        MockHttpServletResponse response = send(DskNotificationParserTests.PAID.getBytes(DskForm.CHARSET), DSK_ADDRESS);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("<SENBDATA>STATUS=800</SENBDATA>");
        assertThat(inbox.accepted).singleElement().satisfies(parsed -> {
            assertThat(parsed.classification().status()).isEqualTo(PaymentStatus.PAID);
            assertThat(parsed.locator().value()).isEqualTo("OD-001001-1");
        });
        assertThat(inbox.raw.getFirst().sourceAddress()).isEqualTo(DSK_ADDRESS);
        assertThat(inbox.raw.getFirst().charset()).isEqualTo(DskForm.CHARSET);
    }

    @Test
    void rawShiftJisBytesReachTheInboxUntouchedButTheTenantIdIsMasked() throws Exception {
        String memo = "&memo=" + "%83e%83X%83g";
        // DSK's notice has no tenant id; should a sender add one anyway, it is still never stored in clear.
        byte[] body = (DskNotificationParserTests.PAID + "&tenantid=" + DskFixtures.TENANT + memo).getBytes(DskForm.CHARSET);

        send(body, DSK_ADDRESS);

        assertThat(inbox.raw.getFirst().body()).isEqualTo(
                (DskNotificationParserTests.PAID + "&tenantid=****" + memo).getBytes(DskForm.CHARSET));
        assertThat(DskForm.decode(inbox.raw.getFirst().body())).containsEntry("memo", "テスト")
                .containsEntry("tenantid", "****");
    }

    @Test
    void storageFailureIsHttp500SoDskResends() throws Exception {
        inbox.failing = true;

        MockHttpServletResponse response = send(DskNotificationParserTests.PAID.getBytes(DskForm.CHARSET), DSK_ADDRESS);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).doesNotContain("STATUS=800");
    }

    @Test
    void wrongSourceIsRejectedAndNothingAccepted() throws Exception {
        MockHttpServletResponse response = send(DskNotificationParserTests.PAID.getBytes(DskForm.CHARSET), "198.51.100.9");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).doesNotContain("STATUS=800");
        assertThat(inbox.accepted).isEmpty();
        assertThat(inbox.rejections).singleElement().asString().contains("198.51.100.9");
    }

    @Test
    void unreadableNoticeIsRejectedAs400() throws Exception {
        MockHttpServletResponse response = send("datakbn=7&dskid=1&orderid=X".getBytes(DskForm.CHARSET),
                DSK_ADDRESS);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(inbox.accepted).isEmpty();
        assertThat(inbox.rejections).hasSize(1);
    }
}
