package com.orderdesk.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdesk.order.TestOrders;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The durable bulk jobs through the REST API: bulk status change, B2 import and group import run
 * in the background with counts, per-item results and a CSV of them; a job whose instance died is
 * resumed without applying an item twice; their progress is in {@code /actuator/prometheus}.
 */
class BulkJobsIntegrationTests extends IntegrationTestSupport {

    private static final String JOBS = "/api/admin/jobs";
    private static final Charset CP932 = Charset.forName("windows-31j");

    @Autowired
    BulkJobs jobs;

    @Test
    void aBulkStatusChangeRunsAsAJobWithCountsAResultPerOrderAndACsv() {
        String first = place();
        String second = place();

        Response started = api.asOperator().post(JOBS + "/order-status",
                Map.of("numbers", List.of(first, second, first, "=HYPERLINK(1)"), "status", "PROCESSING"));

        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo(JOBS + "/" + started.json().at("/id").asString());
        assertThat(started.json().at("/kind").asString()).isEqualTo("ORDER_STATUS");
        JsonNode job = awaitCompleted(started.header("Location"));
        assertThat(job.at("/parameters/status").asString()).isEqualTo("PROCESSING");
        assertThat(job.at("/total").asInt()).as("a number given twice is one item").isEqualTo(3);
        assertThat(job.at("/processed").asInt()).isEqualTo(3);
        assertThat(job.at("/succeeded").asInt()).isEqualTo(2);
        assertThat(job.at("/failed").asInt()).isEqualTo(1);
        assertThat(job.at("/items/0/outcome").asString()).isEqualTo("PROCESSING");
        assertThat(job.at("/items/2/outcome").asString()).isEqualTo("not-found");
        assertThat(job.at("/items/2/message").asString()).isNotBlank();
        assertThat(api.asOperator().get("/api/admin/orders/" + second).json().at("/status").asString()).isEqualTo("PROCESSING");
        assertThat(statusLines(first)).as("moved once").isEqualTo(1);
        assertThat(requestedBy(job)).isEqualTo("operator1");
        assertThat(historyActors(first)).contains("operator1");

        String csv = api.asOperator().download(started.header("Location") + ".csv").text();
        assertThat(csv).startsWith("\uFEFFposition,row,reference,status,outcome,message,detail\r\n1,," + first + ",SUCCEEDED,PROCESSING,,")
                .as("a formula never reaches the spreadsheet as one").contains("3,,'=HYPERLINK(1),FAILED,not-found,");
        assertThat(api.asOperator().get(JOBS + "?kind=ORDER_STATUS").json().at("/jobs/0/id").asString())
                .isEqualTo(job.at("/id").asString());
        assertThat(api.asOperator().get(JOBS + "?kind=NOPE").status()).isEqualTo(400);
    }

    @Test
    void theApiDescriptionSaysTheJobsAnswer202() {
        JsonNode paths = api.anonymous().get("/v3/api-docs/admin").json().at("/paths");

        for (String start : List.of("order-status", "b2-import", "group-import")) {
            JsonNode responses = paths.at("/~1api~1admin~1jobs~1" + start + "/post/responses");
            assertThat(responses.has("202")).as(start + ": " + responses).isTrue();
            assertThat(responses.has("200")).as(start).isFalse();
        }
    }

    @Test
    void theSynchronousBulkStatusChangeIsAJobToo() {
        String number = place();

        Response bulk = api.asOperator().post("/api/admin/orders/bulk/status", Map.of("numbers", List.of(number), "status", "SHIPPED"));

        assertThat(bulk.status()).as(bulk.text()).isEqualTo(200);
        assertThat(bulk.json().at("/results/0/succeeded").asBoolean()).isTrue();
        JsonNode listed = api.asOperator().get(JOBS + "?kind=ORDER_STATUS").json().at("/jobs/0");
        assertThat(listed.at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(listed.at("/succeeded").asInt()).isEqualTo(1);
    }

    @Test
    void anInterruptedStatusChangeResumesAtTheFirstOrderWithoutAResultAndMovesNoOrderTwice() {
        String movedBeforeTheCrash = place();
        String notReached = place();
        api.asOperator().post("/api/admin/orders/" + movedBeforeTheCrash + "/status", Map.of("status", "PROCESSING"));
        UUID job = abandonedJob("ORDER_STATUS", "{\"status\":\"PROCESSING\"}");
        item(job, 0, movedBeforeTheCrash, movedBeforeTheCrash, "SUCCEEDED");
        item(job, 1, notReached, notReached, "PENDING");

        jobs.resumeAbandoned();

        JsonNode resumed = awaitCompleted(JOBS + "/" + job);
        assertThat(resumed.at("/succeeded").asInt()).isEqualTo(2);
        assertThat(statusLines(movedBeforeTheCrash)).isEqualTo(1);
        assertThat(statusLines(notReached)).isEqualTo(1);
        assertThat(api.asOperator().get("/api/admin/orders/" + notReached).json().at("/status").asString()).isEqualTo("PROCESSING");
    }

    @Test
    void aB2ImportRunsAsAJobWithAResultPerOrderAndTheRowsInItsDetail() {
        deliveryMethod();
        String order = place();
        String trackingNumber = ShippingTestData.yamato(38971107401L);
        byte[] issued = csv(CP932, List.of(
                List.of(order, "0", "", trackingNumber),
                List.of("OD-999999", "0", "", ShippingTestData.yamato(12345678901L)),
                List.of(order, "0", "", "123")));

        Response started = api.asOperator().postFile(JOBS + "/b2-import", "file", "issued.csv", issued);

        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode job = awaitCompleted(started.header("Location"));
        assertThat(job.at("/kind").asString()).isEqualTo("B2_IMPORT");
        assertThat(job.at("/total").asInt()).isEqualTo(3);
        assertThat(job.at("/succeeded").asInt()).isEqualTo(1);
        assertThat(job.at("/failed").asInt()).isEqualTo(2);
        assertThat(job.at("/items").valueStream().map(item -> item.at("/row").asInt() + ":" + item.at("/outcome").asString()))
                .containsExactly("1:MATCHED", "2:UNKNOWN_ORDER", "3:BAD_TRACKING_NUMBER");
        assertThat(job.at("/items/0/detail/0/trackingNumber").asString()).isEqualTo(trackingNumber);
        assertThat(shipments()).isEqualTo(1);

        Response again = api.asOperator().postFile("/api/admin/shipments/b2-import", "file", "issued.csv", issued);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().at("/unchanged").asInt()).isEqualTo(1);
        assertThat(again.json().at("/results/0/outcome").asString()).isEqualTo("ALREADY_REGISTERED");
        assertThat(again.json().at("/results/2/outcome").asString()).isEqualTo("BAD_TRACKING_NUMBER");
        assertThat(shipments()).isEqualTo(1);
        assertThat(api.asOperator().postFile(JOBS + "/b2-import", "file", "x.csv", "a,b\r\n".getBytes(CP932)).status())
                .as("not B2's data: refused before any job").isEqualTo(400);
    }

    @Test
    void anInterruptedB2ImportResumesAndRegistersEachOrderOnce() {
        deliveryMethod();
        String order = place();
        String trackingNumber = ShippingTestData.yamato(38971107401L);
        UUID job = abandonedJob("B2_IMPORT", "{}");
        item(job, 0, order, """
                [{"row":1,"orderNumber":"%s","rawNumber":"%s","trackingNumber":"%s","date":null}]"""
                .formatted(order, trackingNumber, trackingNumber), "PENDING");

        jobs.resumeAbandoned();
        JsonNode resumed = awaitCompleted(JOBS + "/" + job);
        jobs.resumeAbandoned();

        assertThat(resumed.at("/items/0/outcome").asString()).isEqualTo("MATCHED");
        assertThat(shipments()).isEqualTo(1);
    }

    @Test
    void aGroupImportRunsAsAJobAndResumesAfterACrash() {
        String hanako = customer("hanako@example.jp");
        String jiro = customer("jiro@example.jp");
        api.asOperator().post("/api/admin/customer-groups", Map.of("code", "vip", "name", "VIP"));
        String file = "customer_id,email,groups\r\n" + hanako + ",,vip\r\n,ghost@example.jp,vip\r\nnot-a-uuid,,vip\r\n";

        Response started = api.asOperator().postCsv(JOBS + "/group-import", file.getBytes(StandardCharsets.UTF_8));

        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode job = awaitCompleted(started.header("Location"));
        assertThat(job.at("/kind").asString()).isEqualTo("GROUP_IMPORT");
        assertThat(job.at("/items").valueStream().map(item -> item.at("/row").asInt() + ":" + item.at("/outcome").asString()))
                .containsExactly("2:CHANGED", "3:not-found", "4:validation");
        assertThat(job.at("/items/0/detail/groups/0").asString()).isEqualTo("vip");

        UUID interrupted = abandonedJob("GROUP_IMPORT", "{}");
        item(interrupted, 0, jiro, """
                {"row":2,"change":{"customerId":"%s","email":null,"set":["vip"],"add":[],"remove":[]}}""".formatted(jiro),
                "PENDING");
        jobs.resumeAbandoned();
        assertThat(awaitCompleted(JOBS + "/" + interrupted).at("/items/0/outcome").asString()).isEqualTo("CHANGED");
        assertThat(api.asOperator().get("/api/admin/customers/" + jiro).json().at("/groups").toString()).contains("vip");
        assertThat(api.asOperator().postCsv(JOBS + "/group-import", "customer_id,groups\r\n".getBytes(StandardCharsets.UTF_8))
                .status()).as("no data rows: no job").isEqualTo(400);
    }

    @Test
    void theProgressOfEveryJobKindIsAMetric() {
        UUID job = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO bulk_jobs (id, kind, parameters, status, requested_by, created_at, lease_until)
                VALUES (?, 'GROUP_IMPORT', '{}', 'RUNNING', 'operator1', now(), now() + interval '10 minutes')""", job);
        item(job, 0, "a", "{}", "PENDING");
        item(job, 1, "b", "{}", "PENDING");
        item(job, 2, "c", "{}", "FAILED");

        String scrape = api.asAdmin().download("/actuator/prometheus").text();

        assertThat(sample(scrape, "kind=\"group_import\"", "status=\"pending\"")).isEqualTo(2);
        assertThat(sample(scrape, "kind=\"group_import\"", "status=\"failed\"")).isEqualTo(1);
        assertThat(sample(scrape, "kind=\"order_status\"", "status=\"pending\"")).isZero();
        assertThat(sample(scrape, "kind=\"b2_import\"", "status=\"succeeded\"")).isZero();
        assertThat(sample(scrape, "kind=\"capture\"", "status=\"in_progress\"")).isZero();
        assertThat(sample(scrape, "kind=\"order_export\"", "status=\"pending\"")).isZero();
    }

    private static final Pattern SAMPLE = Pattern.compile("^orderdesk_bulk_job_items\\{([^}]*)}\\s+(\\S+)$", Pattern.MULTILINE);

    /** The value of the bulk job items series carrying both tags; fails when there is none. */
    private static double sample(String scrape, String kind, String status) {
        Matcher matcher = SAMPLE.matcher(scrape);
        while (matcher.find()) {
            if (matcher.group(1).contains(kind) && matcher.group(1).contains(status)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no orderdesk_bulk_job_items{" + kind + "," + status + "} in the scrape");
    }

    private String place() {
        Response placed = api.asOperator().post("/api/admin/orders", TestOrders.order());
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    private void deliveryMethod() {
        api.asOperator().post("/api/admin/delivery-methods", ShippingTestData.deliveryMethod("YAMATO", "YAMATO", List.of()));
    }

    private String customer(String email) {
        Response created = api.asOperator().post("/api/admin/customers", Map.of("name", "山田 花子", "kana", "ヤマダ ハナコ",
                "email", email, "phone", "03-1234-5678", "addresses", List.of(Map.of("label", "自宅", "postalCode", "1500001",
                        "prefecture", "東京都", "city", "渋谷区神宮前", "address1", "1-2-3"))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().at("/id").asString();
    }

    private UUID abandonedJob(String kind, String parameters) {
        UUID job = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO bulk_jobs (id, kind, parameters, status, requested_by, created_at, lease_until)
                VALUES (?, ?, ?, 'RUNNING', 'operator1', now() - interval '10 minutes', now() - interval '5 minutes')""",
                job, kind, parameters);
        return job;
    }

    private void item(UUID job, int position, String reference, String input, String status) {
        jdbc.update("""
                INSERT INTO bulk_job_items (job_id, position, source_row, reference, input, status)
                VALUES (?, ?, ?, ?, ?, ?)""", job, position, position + 1, reference, input, status);
    }

    private long statusLines(String number) {
        return api.asOperator().get("/api/admin/orders/" + number + "/history").json().valueStream()
                .filter(entry -> entry.at("/kind").asString().equals("STATUS_CHANGED")).count();
    }

    private List<String> historyActors(String number) {
        return api.asOperator().get("/api/admin/orders/" + number + "/history").json().valueStream()
                .map(entry -> entry.at("/actor").asString()).toList();
    }

    private static String requestedBy(JsonNode job) {
        return job.at("/requestedBy").asString();
    }

    private long shipments() {
        return jdbc.queryForObject("SELECT count(*) FROM shipments", Long.class);
    }

    private static byte[] csv(Charset charset, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join(",", row.stream().map(field -> "\"" + field + "\"").toList())).append("\r\n"));
        return text.toString().getBytes(charset);
    }

    private JsonNode awaitCompleted(String location) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() ->
                api.asOperator().get(location).json().at("/status").asString().equals("COMPLETED"));
        return api.asOperator().get(location).json();
    }
}
