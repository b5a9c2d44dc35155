package com.orderdesk.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.orderdesk.support.TestDatabaseServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs against the tests' PostgreSQL server: the creator must create a missing database once. */
class MissingDatabaseCreatorTests {

    private final TestDatabaseServer server = TestDatabaseServer.get();
    private final String database = "orderdesk_it_" + java.time.Instant.now().getEpochSecond() + "_creator";

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = server.connectToMaintenanceDatabase(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void createsAMissingDatabaseAndLeavesAnExistingOneAlone() throws SQLException {
        String url = server.urlOf(database);

        MissingDatabaseCreator.createIfMissing(url, server.username(), server.password());
        MissingDatabaseCreator.createIfMissing(url, server.username(), server.password());

        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }
}
