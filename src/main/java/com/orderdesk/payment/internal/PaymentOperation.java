package com.orderdesk.payment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.OperationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One provider call in the operations log. Opened before the call is sent (outcome null), completed
 * with what is known after it; an open or UNKNOWN entry stays unresolved until reconciliation
 * learns from the provider what happened.
 */
@Entity
@Table(name = "payment_operations")
class PaymentOperation {

    @Id
    private UUID id;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OperationKind kind;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    private @Nullable GatewayOutcome outcome;

    /** What the provider actually did (a cancel may be a void or a return). */
    @Enumerated(EnumType.STRING)
    @Column(name = "performed_kind")
    private @Nullable OperationKind performedKind;

    @Column(name = "error_code")
    private @Nullable String errorCode;

    @Column(name = "error_message")
    private @Nullable String errorMessage;

    @Column(nullable = false, updatable = false)
    private String actor;

    /** Shared by the calls of one operator operation (cancel + new registration of a re-issue). */
    @Column(name = "correlation_id", updatable = false)
    private @Nullable UUID correlationId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Column
    private @Nullable String resolution;

    @Column(name = "check_attempts", nullable = false)
    private int checkAttempts;

    @Column(name = "next_check_at")
    private @Nullable Instant nextCheckAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    protected PaymentOperation() {
    }

    PaymentOperation(UUID paymentId, OperationKind kind, long amount, String actor, Instant now,
            Duration orphanAfter, @Nullable UUID correlationId) {
        this.correlationId = correlationId;
        this.id = UUID.randomUUID();
        this.paymentId = paymentId;
        this.kind = kind;
        this.amount = amount;
        this.actor = actor;
        this.startedAt = now;
        // If the instance dies before completing, reconciliation finds the entry after this.
        this.nextCheckAt = now.plus(orphanAfter);
    }

    void complete(GatewayOutcome outcome, @Nullable OperationKind performed, @Nullable String errorCode,
            @Nullable String errorMessage, Instant now) {
        this.outcome = outcome;
        this.performedKind = performed;
        this.errorCode = truncate(errorCode, 255);
        this.errorMessage = truncate(errorMessage, 2000);
        this.completedAt = now;
        if (outcome == GatewayOutcome.UNKNOWN) {
            nextCheckAt = now.plus(Reconciliation.backoff(0));
        } else {
            resolvedAt = now;
            nextCheckAt = null;
        }
    }

    /** Reconciliation learned the outcome from the provider. */
    void resolve(GatewayOutcome learned, String how, Instant now) {
        if (outcome == null || outcome == GatewayOutcome.UNKNOWN) {
            outcome = learned;
        }
        resolution = truncate(how, 1000);
        resolvedAt = now;
        completedAt = completedAt == null ? now : completedAt;
        nextCheckAt = null;
    }

    void checkAgainLater(String why, Instant now) {
        checkAttempts++;
        resolution = truncate(why, 1000);
        nextCheckAt = now.plus(Reconciliation.backoff(checkAttempts));
    }

    /** Reconciliation gave up: the outcome stays UNKNOWN and an operator decides. */
    void giveUp(String why, Instant now) {
        outcome = GatewayOutcome.UNKNOWN;
        resolution = truncate(why, 1000);
        resolvedAt = now;
        completedAt = completedAt == null ? now : completedAt;
        nextCheckAt = null;
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    UUID id() { return id; }
    UUID paymentId() { return paymentId; }
    OperationKind kind() { return kind; }
    long amount() { return amount; }
    @Nullable GatewayOutcome outcome() { return outcome; }
    @Nullable OperationKind performedKind() { return performedKind; }
    @Nullable String errorCode() { return errorCode; }
    @Nullable String errorMessage() { return errorMessage; }
    String actor() { return actor; }
    @Nullable UUID correlationId() { return correlationId; }
    Instant startedAt() { return startedAt; }
    @Nullable Instant completedAt() { return completedAt; }
    @Nullable String resolution() { return resolution; }
    int checkAttempts() { return checkAttempts; }
    boolean resolved() { return resolvedAt != null; }
}
