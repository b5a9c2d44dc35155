package com.orderdesk.payment.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One movement of money on a payment (capture, adjustment of a captured amount, refund). Rows are
 * only ever added; the payment's captured and refunded amounts are sums over them.
 */
@Entity
@Table(name = "payment_ledger")
class LedgerEntry {

    enum Kind {
        CAPTURE,
        CAPTURE_ADJUSTMENT,
        REFUND
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "operation_id", updatable = false)
    private @Nullable UUID operationId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected LedgerEntry() {
    }

    LedgerEntry(Kind kind, long amount, @Nullable UUID operationId, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.amount = amount;
        this.operationId = operationId;
        this.recordedAt = recordedAt;
    }

    Kind kind() {
        return kind;
    }

    long amount() {
        return amount;
    }
}
