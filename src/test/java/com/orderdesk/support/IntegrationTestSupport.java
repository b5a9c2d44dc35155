package com.orderdesk.support;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of integration tests: every test starts on empty tables (Flyway's history and the
 * bootstrap admin aside), whatever the tests before it left.
 */
@IntegrationTest
public abstract class IntegrationTestSupport {

    @Autowired
    protected TestApi api;

    @Autowired
    protected JdbcTemplate jdbc;

    private static List<String> tables;

    @BeforeEach
    void emptyTables() {
        if (tables == null) {
            tables = jdbc.queryForList("""
                    SELECT quote_ident(table_name) FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                      AND table_name NOT IN ('flyway_schema_history', 'operator_accounts')""", String.class);
        }
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        jdbc.update("DELETE FROM operator_accounts WHERE username <> 'admin'");
    }
}
