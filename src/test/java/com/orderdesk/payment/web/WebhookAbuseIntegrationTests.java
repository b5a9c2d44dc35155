package com.orderdesk.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.NotificationReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Webhook abuse through the one route: a size cap per declared provider (413 before the body is read
 * whole), refused requests kept only as a bounded summary, refusals limited per source (429).
 */
class WebhookAbuseIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    List<NotificationReceiver<?>> receivers;

    private MockHttpServletResponse post(String slug, byte[] body, String from) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/webhooks/" + slug).contentType("application/x-www-form-urlencoded")
                .header("Authorization", "Basic YWRtaW46c2VjcmV0").header("Cookie", "SESSION=operator")
                .content(body).with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn().getResponse();
    }

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

    @Test
    void everyDeclaredProvidersRouteRefusesABodyOverItsCapWith413AndKeepsOnlyASummary() throws Exception {
        assertThat(receivers).extracting(NotificationReceiver::providerCode).contains(ScriptedGateway.CODE)
                .hasSizeGreaterThanOrEqualTo(3);
        int source = 1;
        for (NotificationReceiver<?> receiver : receivers) {
            String slug = receiver.providerCode().slug();
            String from = "198.51.100." + source++;
            int cap = receiver.maxBodyBytes();

            MockHttpServletResponse over = post(slug, bytes(cap + 1), from);
            MockHttpServletResponse atCap = post(slug, bytes(cap), from);

            assertThat(over.getStatus()).as(slug).isEqualTo(413);
            assertThat(over.getContentType()).isEqualTo("application/problem+json");
            assertThat(over.getContentAsString()).contains("notification-too-large", String.valueOf(cap));
            assertThat(atCap.getStatus()).as(slug + " at its cap is read (and refused for its content)").isNotEqualTo(413);
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT body, headers, body_size, body_sha256, status, last_error FROM payment_notifications
                    WHERE provider = ? AND source_address = ? ORDER BY body_size DESC""",
                    receiver.providerCode().name(), from);
            assertThat(rows).as(slug).hasSize(2).allSatisfy(row -> {
                assertThat(row.get("status")).isEqualTo("REJECTED");
                assertThat(row.get("body")).isNull();
                assertThat(row.get("headers")).isNull();
            });
            assertThat(rows.get(0).get("body_size")).isEqualTo((long) cap + 1);
            assertThat(rows.get(0).get("body_sha256")).isNull();
            assertThat((String) rows.get(0).get("last_error")).contains("cap");
            assertThat(rows.get(1).get("body_size")).isEqualTo((long) cap);
            assertThat(rows.get(1).get("body_sha256")).isEqualTo(
                    java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes(cap))));
        }
    }

    @Test
    void aRefusedRequestIsListedAsItsSummary() throws Exception {
        post(ScriptedGateway.CODE.slug(), "garbage".getBytes(StandardCharsets.UTF_8), "198.51.100.99");

        JsonNode entry = api.asOperator().get("/api/admin/webhooks?status=REJECTED").json().at("/notifications/0");

        assertThat(entry.at("/sourceAddress").asString()).isEqualTo("198.51.100.99");
        assertThat(entry.at("/bodySize").asLong()).isEqualTo(7);
        assertThat(entry.at("/bodySha256").asString()).hasSize(64);
        assertThat(entry.at("/lastError").asString()).isEqualTo("missing key or order");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE body IS NOT NULL OR headers IS NOT NULL",
                Long.class)).isZero();
    }

    @Test
    void refusalsAreLimitedPerSourceThen429WithNothingStored() throws Exception {
        String flooder = "192.0.2.200";
        for (int i = 0; i < 20; i++) {
            assertThat(post(ScriptedGateway.CODE.slug(), ("garbage" + i).getBytes(StandardCharsets.UTF_8), flooder)
                    .getStatus()).isEqualTo(400);
        }

        MockHttpServletResponse limited = post(ScriptedGateway.CODE.slug(), bytes(100_000), flooder);
        MockHttpServletResponse other = post(ScriptedGateway.CODE.slug(), "garbage".getBytes(StandardCharsets.UTF_8),
                "192.0.2.201");

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("60");
        assertThat(limited.getContentType()).isEqualTo("application/problem+json");
        assertThat(other.getStatus()).as("another source is not limited").isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE source_address = ?", Long.class,
                flooder)).isEqualTo(20);
    }

    @Test
    void theSourceTheAllowlistsSeeCannotBeSpoofedWithForwardedHeaders() throws Exception {
        for (String from : new String[] {"192.0.2.66", "10.9.9.9"}) {
            mvc.perform(MockMvcRequestBuilders.post("/webhooks/" + ScriptedGateway.CODE.slug())
                    .contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.10")
                    .content("garbage".getBytes(StandardCharsets.UTF_8)).with(request -> {
                        request.setRemoteAddr(from);
                        return request;
                    }));
        }

        assertThat(jdbc.queryForList("SELECT source_address FROM payment_notifications ORDER BY received_at",
                String.class)).as("an untrusted caller's header is ignored; the trusted load balancer's is believed")
                .containsExactly("192.0.2.66", "203.0.113.10");
    }
}
