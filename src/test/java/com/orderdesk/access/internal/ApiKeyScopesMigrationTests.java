package com.orderdesk.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import com.orderdesk.access.ApiScope;
import com.orderdesk.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A key issued before V410 keeps working as before: the migration gives it every scope and no expiry. */
class ApiKeyScopesMigrationTests {

    @Test
    void keysIssuedBeforeScopesExistedHoldEveryScope() throws Exception {
        TestDatabase database = TestDatabase.create();
        try {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
                    database.getPassword());
            // The last migration before V410, whichever it is when this runs.
            MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
                    .map(MigrationInfo::getVersion).filter(version -> !version.isNewerThan("409"))
                    .max(MigrationVersion::compareTo).orElseThrow();
            Flyway.configure().dataSource(dataSource).target(before).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO api_keys (id, name, prefix, secret_hash, created_by, created_at, store_id)"
                    + " VALUES (?, 'old', 'abcdef0123', ?, 'admin', ?, ?)", id, "0".repeat(64), Timestamp.from(Instant.now()), id);

            Flyway.configure().dataSource(dataSource).load().migrate();

            String scopes = jdbc.queryForObject("SELECT scopes FROM api_keys WHERE id = ?", String.class, id);
            assertThat(scopes.split(" ")).containsExactlyInAnyOrder(
                    ApiScope.all().stream().map(ApiScope::value).toArray(String[]::new));
            assertThat(jdbc.queryForObject("SELECT expires_at FROM api_keys WHERE id = ?", Timestamp.class, id)).isNull();
        } finally {
            database.destroy();
        }
    }
}
