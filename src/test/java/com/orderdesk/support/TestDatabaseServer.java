package com.orderdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server tests create their databases on: a Testcontainers PostgreSQL 16 when a
 * Docker engine answers, otherwise the server at {@code ORDERDESK_TEST_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}, or
 * {@code ORDERDESK_TEST_DB_USER} / {@code ORDERDESK_TEST_DB_PASSWORD}). Chosen once per JVM.
 */
public final class TestDatabaseServer {

    private static TestDatabaseServer instance;

    private final String baseUrl;
    private final String username;
    private final String password;

    private TestDatabaseServer(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabaseServer get() {
        if (instance == null) {
            instance = dockerAvailable() ? fromContainer() : fromEnvironment();
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
    private static TestDatabaseServer fromContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return new TestDatabaseServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static TestDatabaseServer fromEnvironment() {
        String url = Objects.requireNonNullElse(System.getenv("ORDERDESK_TEST_DB_URL"), "jdbc:postgresql://127.0.0.1:5432/test");
        String user = Objects.requireNonNullElse(System.getenv("ORDERDESK_TEST_DB_USER"), "postgres");
        String password = Objects.requireNonNullElse(System.getenv("ORDERDESK_TEST_DB_PASSWORD"), "");
        return new TestDatabaseServer(url, user, password);
    }

    public Connection connectToMaintenanceDatabase() throws SQLException {
        return DriverManager.getConnection(baseUrl, username, password);
    }

    /** The URL of another database on the same server, keeping the base URL's parameters. */
    public String urlOf(String database) {
        int slash = baseUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = baseUrl.indexOf('?', slash);
        return baseUrl.substring(0, slash + 1) + database + (query < 0 ? "" : baseUrl.substring(query));
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    String describe() {
        return baseUrl.replaceFirst("\\?.*", "");
    }
}
