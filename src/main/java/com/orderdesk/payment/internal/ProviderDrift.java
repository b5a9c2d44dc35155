package com.orderdesk.payment.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.OperationKind;
import org.springframework.stereotype.Component;

/**
 * Recognises provider drift: a notification or poll reports a capture, cancel or refund that
 * OrderDesk did not make, so someone did it in the provider's own console (Paygent and the
 * Kuroneko services have one). OrderDesk made it when its operations log holds a call of a kind
 * that leads there and that the provider did not refuse (an unknown or in-flight one counts).
 * A shopper's own step (paying at a store) and a provider ending an unpaid payment are no drift.
 */
@Component
class ProviderDrift {

    private static final Set<OperationKind> CAPTURES = EnumSet.of(OperationKind.CAPTURE,
            OperationKind.AUTHORIZE_AND_CAPTURE, OperationKind.SHIPMENT_REPORT);
    private static final Set<OperationKind> CANCELS = EnumSet.of(OperationKind.CANCEL, OperationKind.VOID,
            OperationKind.RETURN, OperationKind.CROSS_MONTH_RETURN, OperationKind.REFUND, OperationKind.MANUAL,
            OperationKind.CHANGE_AMOUNT);
    private static final Set<OperationKind> REFUNDS = EnumSet.of(OperationKind.REFUND, OperationKind.CHANGE_AMOUNT);
    /** Statuses in which money is reserved or moved, so that a cancel or refund is the provider moving it. */
    private static final Set<PaymentStatus> HOLDING_MONEY = EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED,
            PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.PAID, PaymentStatus.AMOUNT_MISMATCH);

    private final PaymentOperationRepository operations;

    ProviderDrift(PaymentOperationRepository operations) {
        this.operations = operations;
    }

    /** The drift reason when the provider reports a move OrderDesk did not make; empty otherwise. */
    Optional<String> of(Payment payment, PaymentStatus reported) {
        PaymentStatus current = payment.status();
        Set<OperationKind> ours = switch (reported) {
            case CAPTURED -> current == PaymentStatus.AUTHORIZED && !payment.captureImmediately() ? CAPTURES : null;
            case CANCELLED, REFUNDED -> HOLDING_MONEY.contains(current) ? CANCELS : null;
            case PARTIALLY_REFUNDED -> HOLDING_MONEY.contains(current) ? REFUNDS : null;
            default -> null;
        };
        if (ours == null || madeByOrderDesk(payment, ours)) {
            return Optional.empty();
        }
        return Optional.of(payment.provider().displayName() + " reports " + reported + " (was " + current
                + ") but OrderDesk made no such call: it was done in the provider's console. OrderDesk applied"
                + " the provider's state; check the amounts and confirm what happened");
    }

    private boolean madeByOrderDesk(Payment payment, Set<OperationKind> kinds) {
        return operations.findByPaymentIdOrderByStartedAt(payment.id()).stream()
                .filter(operation -> kinds.contains(operation.kind())
                        || operation.performedKind() != null && kinds.contains(operation.performedKind()))
                .anyMatch(operation -> operation.outcome() != GatewayOutcome.DECLINED
                        && operation.outcome() != GatewayOutcome.FAILED);
    }
}
