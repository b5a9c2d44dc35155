package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes operations-log entries in their own committed transactions, so the entry exists before
 * the provider is called and survives whatever happens to the caller afterwards.
 */
@Component
class OperationLog {

    /** How long an entry may stay open before reconciliation treats its instance as crashed. */
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(2);

    /** A guard that lets every call through (the state was checked by other means). */
    static final Consumer<Payment> NO_GUARD = payment -> { };

    private final PaymentOperationRepository operations;
    private final PaymentRepository payments;
    private final Clock clock;

    OperationLog(PaymentOperationRepository operations, PaymentRepository payments, Clock clock) {
        this.operations = operations;
        this.payments = payments;
        this.clock = clock;
    }

    /** As {@link #open(UUID, OperationKind, long, UUID, Consumer)} without a guard. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID open(UUID paymentId, OperationKind kind, long amount, @Nullable UUID correlationId) {
        return open(paymentId, kind, amount, correlationId, NO_GUARD);
    }

    /**
     * @param correlationId shared with the other calls of the same operator operation, null for a lone call
     * @param guard decides on the payment as it is now, its row locked until the entry is written:
     *        a call completed meanwhile (its result applied in the same transaction that resolved its
     *        entry) is seen here, so N concurrent requests read before it cannot all call the provider
     * @throws PaymentActionNotAllowed when another call on the payment is still unresolved (a unique
     *         index allows one open entry per payment, whatever races above it), or when the guard refuses
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID open(UUID paymentId, OperationKind kind, long amount, @Nullable UUID correlationId,
            Consumer<Payment> guard) {
        if (guard != NO_GUARD) {
            guard.accept(payments.findLockedById(paymentId).orElseThrow());
        }
        try {
            return operations.saveAndFlush(new PaymentOperation(paymentId, kind, amount, CurrentActor.name(),
                    clock.instant(), ORPHAN_AFTER, correlationId)).id();
        } catch (DataIntegrityViolationException concurrent) {
            throw new PaymentActionNotAllowed(action(kind), PaymentActions.IN_FLIGHT);
        }
    }

    private static PaymentAction action(OperationKind kind) {
        return switch (kind) {
            case CAPTURE, SHIPMENT_REPORT, SHIPMENT_WITHDRAWAL -> PaymentAction.CAPTURE;
            case REFUND -> PaymentAction.REFUND;
            case CHANGE_AMOUNT -> PaymentAction.CHANGE_AMOUNT;
            case CANCEL, VOID, RETURN, CROSS_MONTH_RETURN -> PaymentAction.CANCEL;
            default -> PaymentAction.AUTHORIZE;
        };
    }

    /** Closes an entry whose call never reached the provider (circuit open, refused connection). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void notSent(UUID operationId, String reason) {
        operations.findById(operationId).ifPresent(operation ->
                operation.complete(GatewayOutcome.FAILED, null, null, reason, clock.instant()));
    }
}
