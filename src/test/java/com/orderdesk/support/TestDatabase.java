package com.orderdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A database of its own for one Spring test context, created on the {@link TestDatabaseServer}
 * and dropped when the context closes. Databases left behind by a killed run are dropped by the
 * next run once they are older than a few hours, so no run ever sees another's data.
 */
public final class TestDatabase implements JdbcConnectionDetails, DisposableBean {

    private static final String PREFIX = "orderdesk_it_";
    private static final Duration STALE_AFTER = Duration.ofHours(3);

    private final TestDatabaseServer server;
    private final String name;

    private TestDatabase(TestDatabaseServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public static TestDatabase create() {
        TestDatabaseServer server = TestDatabaseServer.get();
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt() >>> 1);
        try (Connection connection = server.connectToMaintenanceDatabase(); Statement statement = connection.createStatement()) {
            dropStale(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot create test database on " + server.describe(), ex);
        }
        return new TestDatabase(server, name);
    }

    private static void dropStale(Statement statement) throws SQLException {
        long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                String database = rows.getString(1);
                String[] parts = database.substring(PREFIX.length()).split("_");
                if (parts[0].chars().allMatch(Character::isDigit) && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(database);
                }
            }
        }
        for (String database : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Override
    public String getJdbcUrl() {
        return server.urlOf(name);
    }

    @Override
    public String getUsername() {
        return server.username();
    }

    @Override
    public String getPassword() {
        return server.password();
    }

    @Override
    public void destroy() throws SQLException {
        try (Connection connection = server.connectToMaintenanceDatabase(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
