package com.orderdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seeds 1,000,000 orders (once; kept in the database {@code orderdesk_bench}) and measures the
 * order list's latency through the real controller, JSON and SQL (MockMvc, no network) for the
 * searches operators run most. Not part of the normal test run; start it with
 * <pre>./mvnw test -Dtest=OrderSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Figures go to the console and {@code target/benchmark/order-search.txt}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${ORDERDESK_BENCH_DB_URL:jdbc:postgresql://127.0.0.1:5432/orderdesk_bench}",
        "spring.datasource.username=${ORDERDESK_TEST_DB_USER:postgres}",
        "spring.datasource.password=${ORDERDESK_TEST_DB_PASSWORD:}",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
class OrderSearchBenchmark {

    static final int ORDERS = 1_000_000;
    static final int WARMUP = 100;
    static final int SAMPLES = 500;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(42);

    @Test
    void measuresSearchLatencyOnAMillionOrders() throws Exception {
        new BenchmarkOrderSeeder(jdbc).seed(ORDERS);
        // What autovacuum does soon after a bulk load: statistics and the visibility map.
        jdbc.execute("VACUUM ANALYZE orders");
        jdbc.execute("VACUUM ANALYZE order_lines");

        List<String> numbers = jdbc.queryForList("SELECT number FROM orders TABLESAMPLE SYSTEM (1) LIMIT 2000", String.class);
        List<String> emails = jdbc.queryForList("SELECT customer_email FROM orders TABLESAMPLE SYSTEM (1) LIMIT 2000", String.class);
        List<String> phones = jdbc.queryForList("SELECT customer_phone FROM orders TABLESAMPLE SYSTEM (1) LIMIT 2000", String.class);
        String[] statuses = {"NEW", "PROCESSING", "SHIPPED", "COMPLETED", "CANCELLED"};

        Map<String, IntFunction<String>> searches = new LinkedHashMap<>();
        searches.put("by number (exact)", i -> "number=" + pick(numbers));
        searches.put("by status + placed-at month (first page)", i -> {
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(690));
            return "status=" + statuses[random.nextInt(statuses.length)] + "&placedFrom=" + from + "&placedTo=" + from.plusDays(30);
        });
        // What an operator types to find one customer: 7 characters of the address around its
        // distinctive part ("ka.1234"). The synthetic surnames have only 20 values, so a fragment
        // of the surname alone matches 5% of all orders; that case is measured separately below.
        searches.put("by customer e-mail fragment", i -> {
            String email = pick(emails);
            int start = Math.max(0, email.indexOf('.') - 2) + random.nextInt(3);
            return "email=" + email.substring(start, Math.min(email.length(), start + 7));
        });
        searches.put("by phone fragment (6 digits)", i -> {
            String digits = pick(phones).replaceAll("\\D", "");
            int start = 2 + random.nextInt(digits.length() - 8);
            return "phone=" + digits.substring(start, start + 6);
        });
        searches.put("(extra) no filter, newest first, first page", i -> "");
        searches.put("(extra) by e-mail fragment matching 5% of orders", i -> "email=" + pick(List.of("yamada", "suzuki", "tanaka")));
        searches.put("(extra) by customer name fragment (2 kanji)", i -> "customerName=" + pick(List.of("田中", "佐藤", "鈴木", "高橋", "伊藤")));

        StringBuilder report = new StringBuilder(String.format("Order search on %,d orders, %d samples each, after %d warm-up calls%n",
                jdbc.queryForObject("SELECT count(*) FROM orders", Long.class), SAMPLES, WARMUP));
        report.append(String.format("%-48s %8s %8s %8s %8s %6s%n", "search", "p50 ms", "p95 ms", "p99 ms", "max ms", "n"));
        for (Map.Entry<String, IntFunction<String>> search : searches.entrySet()) {
            // The extras are slow by design (see their labels); fewer samples keep the run short.
            boolean extra = search.getKey().startsWith("(extra)");
            for (int i = 0; i < (extra ? 5 : WARMUP); i++) {
                call(search.getValue().apply(i));
            }
            double[] millis = new double[extra ? 40 : SAMPLES];
            for (int i = 0; i < millis.length; i++) {
                String query = search.getValue().apply(i);
                long start = System.nanoTime();
                call(query);
                millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            Arrays.sort(millis);
            report.append(String.format("%-48s %8.1f %8.1f %8.1f %8.1f %6d%n", search.getKey(),
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1],
                    millis.length));
        }
        System.out.println(report);
        write(report.toString());
    }

    private void call(String query) throws Exception {
        var response = mvc.perform(get(URI.create("/api/admin/orders?" + query)).with(user("bench").roles("OPERATOR")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(query).isEqualTo(200);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static double percentile(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static void write(String report) throws IOException {
        Path file = Path.of("target", "benchmark", "order-search.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }
}
