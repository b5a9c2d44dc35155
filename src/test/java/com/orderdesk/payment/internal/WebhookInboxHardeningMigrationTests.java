package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Notices stored before V220 lose what the inbox no longer keeps: a refused request becomes its
 * summary (size, SHA-256), a kept notice loses its credential values and every header but the kept
 * ones, and the other bytes of a Shift_JIS body stay as they were.
 */
class WebhookInboxHardeningMigrationTests {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final String HEADERS = """
            {"authorization":"Basic YWRtaW46c2VjcmV0","cookie":"SESSION=1","content-type":"application/x-www-form-urlencoded",\
            "user-agent":"GMO-PG","x-forwarded-for":"203.0.113.9"}""";

    @Test
    void noticesStoredBeforeKeepNoSecretAndRefusedOnesOnlyTheirSummary() throws Exception {
        TestDatabase database = TestDatabase.create();
        try {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
                    database.getPassword());
            // The last migration before V220, whichever it is.
            MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
                    .map(MigrationInfo::getVersion).filter(version -> !version.isNewerThan("219"))
                    .max(MigrationVersion::compareTo).orElseThrow();
            Flyway.configure().dataSource(dataSource).target(before).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            byte[] gmo = "ShopID=tshop1&ShopPass=shop-secret&AccessPass=access-secret&OrderID=OD-1-1&Memo=\u30c6\u30b9\u30c8"
                    .getBytes(WINDOWS_31J);
            byte[] dsk = "tenantid=tenant-secret&password=dsk-secret&orderid=OD-2-1&amount=1500".getBytes(WINDOWS_31J);
            byte[] refused = "ShopID=tshop1&ShopPass=guess".getBytes(WINDOWS_31J);
            UUID kept = insert(jdbc, "GMO_PG", "PROCESSED", gmo);
            UUID keptDsk = insert(jdbc, "DSK", "PROCESSED", dsk);
            UUID rejected = insert(jdbc, "GMO_PG", "REJECTED", refused);

            Flyway.configure().dataSource(dataSource).target(MigrationVersion.fromVersion("220")).load().migrate();

            Map<String, Object> gmoRow = jdbc.queryForMap("SELECT body, headers FROM payment_notifications WHERE id = ?", kept);
            assertThat(new String((byte[]) gmoRow.get("body"), WINDOWS_31J))
                    .isEqualTo("ShopID=tshop1&ShopPass=****&AccessPass=****&OrderID=OD-1-1&Memo=\u30c6\u30b9\u30c8");
            assertThat((String) gmoRow.get("headers")).contains("content-type", "user-agent")
                    .doesNotContain("authorization", "YWRtaW46c2VjcmV0", "cookie", "x-forwarded-for");
            assertThat(new String(jdbc.queryForObject("SELECT body FROM payment_notifications WHERE id = ?", byte[].class,
                    keptDsk), WINDOWS_31J)).isEqualTo("tenantid=****&password=****&orderid=OD-2-1&amount=1500");
            Map<String, Object> rejectedRow = jdbc.queryForMap("""
                    SELECT body, headers, charset, body_size, body_sha256 FROM payment_notifications WHERE id = ?""", rejected);
            assertThat(rejectedRow.get("body")).isNull();
            assertThat(rejectedRow.get("headers")).isNull();
            assertThat(rejectedRow.get("body_size")).isEqualTo((long) refused.length);
            assertThat(rejectedRow.get("body_sha256"))
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(refused)));
        } finally {
            database.destroy();
        }
    }

    private static UUID insert(JdbcTemplate jdbc, String provider, String status, byte[] body) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO payment_notifications (id, provider, source_address, headers, content_type, charset, body,
                    status, next_attempt_at, received_at)
                VALUES (?, ?, '203.0.113.10', ?, 'application/x-www-form-urlencoded', 'windows-31j', ?, ?, ?, ?)""",
                id, provider, HEADERS, body, status, now, now);
        return id;
    }
}
