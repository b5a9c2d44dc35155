package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * The last line against a double capture is the database, not the state machine: whatever races
 * above it, a second CAPTURE row for one payment is refused by {@code payment_ledger_one_capture_idx}
 * (V40), written here straight to the table as two racing writers would.
 */
class DoubleCaptureConstraintIntegrationTests extends PaymentIntegrationTestSupport {

    @Test
    void theDatabaseRefusesASecondCaptureOfOnePayment() {
        String number = authorizedOrder();
        UUID payment = jdbc.queryForObject("SELECT id FROM payments WHERE order_number = ?", UUID.class, number);

        capture(payment);

        assertThatThrownBy(() -> capture(payment)).isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("payment_ledger_one_capture_idx");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_ledger WHERE payment_id = ? AND kind = 'CAPTURE'",
                Long.class, payment)).isEqualTo(1);
    }

    @Test
    void refundsAndAdjustmentsAreNotCaptures() {
        String number = authorizedOrder();
        UUID payment = jdbc.queryForObject("SELECT id FROM payments WHERE order_number = ?", UUID.class, number);

        capture(payment);
        insert(payment, "REFUND");
        insert(payment, "REFUND");
        insert(payment, "CAPTURE_ADJUSTMENT");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_ledger WHERE payment_id = ?", Long.class, payment))
                .isEqualTo(4);
    }

    private void capture(UUID payment) {
        insert(payment, "CAPTURE");
    }

    private void insert(UUID payment, String kind) {
        jdbc.update("INSERT INTO payment_ledger (id, payment_id, kind, amount, operation_id, recorded_at)"
                + " VALUES (?, ?, ?, 100, ?, ?)", UUID.randomUUID(), payment, kind, UUID.randomUUID(),
                Timestamp.from(Instant.now()));
    }
}
