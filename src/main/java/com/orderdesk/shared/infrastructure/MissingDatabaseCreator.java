package com.orderdesk.shared.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Creates the application database when it does not exist yet and the configured user may create
 * databases, so a fresh machine needs only a running PostgreSQL server. Runs before Flyway touches
 * the {@link DataSource}; when creation is not permitted it logs why and leaves the failure to the
 * first real connection.
 */
@Component
class MissingDatabaseCreator implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(MissingDatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$");
    private static final String INVALID_CATALOG_NAME = "3D000";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            createIfMissing(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return bean;
    }

    static void createIfMissing(String jdbcUrl, String user, String password) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            return;
        }
        try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, password)) {
            return; // exists and is reachable
        } catch (SQLException ex) {
            if (!INVALID_CATALOG_NAME.equals(ex.getSQLState())) {
                return; // another problem (server down, auth): the normal start-up error says it best
            }
        }
        String database = url.group(2);
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
                }
                log.info("Created database '{}'", database);
            }
        } catch (SQLException ex) {
            log.warn("Database '{}' does not exist and could not be created: {}", database, ex.getMessage());
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
