package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/**
 * What a Prometheus server scraping {@code /actuator/prometheus} sees after payment work: outcomes
 * per provider and operation, provider call latency, bulk capture progress.
 */
class PaymentMetricsIntegrationTests extends PaymentIntegrationTestSupport {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)}\\s+(\\S+)$", Pattern.MULTILINE);

    @Test
    void outcomesAndLatencyPerProviderAndOperationAreScraped() {
        Map<String, String> captured = Map.of("provider", "scripted", "operation", "capture", "outcome", "succeeded");
        Map<String, String> declined = Map.of("provider", "scripted", "operation", "capture", "outcome", "declined");
        Map<String, String> notSent = Map.of("provider", "scripted", "operation", "capture", "outcome", "not_sent");
        String before = scrape();

        api.asOperator().post(commandUri(authorizedOrder(), "capture"), Map.of());
        gateway.script(OperationKind.CAPTURE, GatewayResult.declined(OperationKind.CAPTURE, "E01|E01040010", "不正"));
        api.asOperator().post(commandUri(authorizedOrder(), "capture"), Map.of());
        String unavailable = authorizedOrder();
        gateway.onCall(call -> {
            if (call.kind() == OperationKind.CAPTURE) {
                throw new ProviderUnavailable(ScriptedGateway.CODE, "down for the test", Duration.ofSeconds(30));
            }
        });
        assertThat(api.asOperator().post(commandUri(unavailable, "capture"), Map.of()).status()).isEqualTo(503);
        String after = scrape();

        assertThat(value(after, "orderdesk_payment_operations_total", captured)
                - value(before, "orderdesk_payment_operations_total", captured)).isEqualTo(1);
        assertThat(value(after, "orderdesk_payment_operations_total", declined)
                - value(before, "orderdesk_payment_operations_total", declined)).isEqualTo(1);
        assertThat(value(after, "orderdesk_payment_operations_total", notSent)
                - value(before, "orderdesk_payment_operations_total", notSent)).isEqualTo(1);
        Map<String, String> authorize = Map.of("provider", "scripted", "operation", "authorize");
        assertThat(value(after, "orderdesk_provider_calls_seconds_count", authorize)
                - value(before, "orderdesk_provider_calls_seconds_count", authorize)).isEqualTo(3);
        assertThat(value(after, "orderdesk_provider_calls_seconds_max", authorize)).isPositive();
    }

    @Test
    void theProgressOfRunningBulkCapturesIsScraped() {
        UUID job = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO bulk_capture_jobs (id, dry_run, status, requested_by, created_at, lease_until)
                VALUES (?, false, 'RUNNING', 'operator1', now(), ?)""", job,
                Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        String[] states = {"SUCCEEDED", "SUCCEEDED", "FAILED", "PENDING", "PENDING", "PENDING"};
        for (int position = 0; position < states.length; position++) {
            jdbc.update("INSERT INTO bulk_capture_items (job_id, position, order_number, status) VALUES (?, ?, ?, ?)",
                    job, position, "OD-" + position, states[position]);
        }

        String scrape = scrape();

        assertThat(value(scrape, "orderdesk_bulk_capture_items", Map.of("status", "succeeded"))).isEqualTo(2);
        assertThat(value(scrape, "orderdesk_bulk_capture_items", Map.of("status", "failed"))).isEqualTo(1);
        assertThat(value(scrape, "orderdesk_bulk_capture_items", Map.of("status", "pending"))).isEqualTo(3);
    }

    private String scrape() {
        // Any media type, as Prometheus asks (openmetrics or text), not the JSON API default.
        Response response = api.asAdmin().download("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.text();
    }

    /** The sample of {@code name} carrying all of {@code tags}; 0 when the series does not exist yet. */
    private static double value(String scrape, String name, Map<String, String> tags) {
        Matcher sample = SAMPLE.matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).equals(name) && tags.entrySet().stream()
                    .allMatch(tag -> sample.group(2).contains(tag.getKey() + "=\"" + tag.getValue() + "\""))) {
                return Double.parseDouble(sample.group(3));
            }
        }
        return 0;
    }
}
