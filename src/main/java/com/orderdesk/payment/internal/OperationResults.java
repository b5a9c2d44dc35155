package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what a provider answered to the payment, its ledger and its operations-log entry, and
 * writes the order-history line, all in one transaction; money facts go through
 * {@link PaymentChanges#apply} like those of notifications and manual records. Used right after a call and again by
 * reconciliation when it learns the outcome of an UNKNOWN call.
 */
@Component
class OperationResults {

    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentChanges changes;
    private final PaymentGateways gateways;
    private final OrderManagement orders;
    private final ShipmentReportResults shipmentReports;
    private final Reviews reviews;
    private final Clock clock;

    OperationResults(PaymentRepository payments, PaymentOperationRepository operations, PaymentChanges changes,
            PaymentGateways gateways, OrderManagement orders, ShipmentReportResults shipmentReports, Reviews reviews, Clock clock) {
        this.shipmentReports = shipmentReports;
        this.reviews = reviews;
        this.payments = payments;
        this.operations = operations;
        this.changes = changes;
        this.gateways = gateways;
        this.orders = orders;
        this.clock = clock;
    }

    /** Completes the entry with the call's answer and applies it. */
    @Transactional
    public void completed(UUID operationId, GatewayResult result) {
        PaymentOperation operation = operations.findById(operationId).orElseThrow();
        Payment payment = payments.findLockedById(operation.paymentId()).orElseThrow();
        Instant now = clock.instant();
        operation.complete(result.outcome(), result.operationKind(), result.errorCode(), result.errorMessage(), now);
        if (!partOfReissue(operation, result)) {
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, OperationTexts.line(payment.provider(),
                    atStore(payment), result.operationKind(), operation.amount(), result.outcome(), result.errorCode(),
                    result.errorMessage()));
        }
        apply(payment, operation, result);
    }

    /** Reconciliation learned from the provider that an UNKNOWN (or orphaned) call did (not) happen. */
    @Transactional
    public void resolved(UUID operationId, GatewayResult learned, String how) {
        PaymentOperation operation = operations.findById(operationId).orElseThrow();
        Payment payment = payments.findLockedById(operation.paymentId()).orElseThrow();
        operation.resolve(learned.outcome(), how, clock.instant());
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, OperationTexts.line(payment.provider(),
                atStore(payment), operation.kind(), operation.amount(), learned.outcome(), null, how));
        apply(payment, operation, learned);
    }

    private void apply(Payment payment, PaymentOperation operation, GatewayResult result) {
        if (ShipmentReportResults.handles(operation.kind())) {
            shipmentReports.apply(payment, operation, result);
            return;
        }
        if (operation.kind() == OperationKind.REVIEW_STEP) {
            reviews.stepAnswered(payment, result);
            return;
        }
        if (result.outcome() == GatewayOutcome.UNKNOWN) {
            if (result.operatorMustCheck()) {
                // Asking the provider again cannot tell: stop reconciling and hand it to an operator now.
                operation.giveUp("the provider's answer needs an operator", clock.instant());
                changes.flag(payment, "outcome of " + operation.kind() + " " + PaymentRules.yen(operation.amount())
                        + " is unknown: " + result.errorMessage(), AttentionCause.UNKNOWN_OUTCOME, Set.of());
            }
            return;
        }
        if (result.outcome() == GatewayOutcome.DECLINED || result.outcome() == GatewayOutcome.FAILED) {
            if ((isStart(operation.kind()) || operation.kind() == OperationKind.COMPLETE_AUTHENTICATION)
                    && payment.status() == PaymentStatus.PENDING) {
                payment.providerSaid(result.providerStatus(), result.references());
                changes.move(payment, PaymentStatus.FAILED);
            }
            return;
        }
        payment.providerSaid(result.providerStatus(), result.references());
        if (isStart(operation.kind()) || operation.kind() == OperationKind.COMPLETE_AUTHENTICATION) {
            payment.nextAction(result.nextAction());
            applyStart(payment, operation, result);
            return;
        }
        long amount = operation.amount();
        switch (operation.kind()) {
            case CAPTURE -> changes.apply(payment, PaymentFact.captured(amount, operation.id(), result.status()));
            case CANCEL, VOID, RETURN, CROSS_MONTH_RETURN ->
                    changes.apply(payment, PaymentFact.cancelled(operation.id(), result.status()));
            case REFUND -> changes.apply(payment, PaymentFact.refunded(amount, operation.id(), result.status()));
            case CHANGE_AMOUNT -> {
                Instant now = clock.instant();
                if (payment.hasCapture() && payment.capturedAmount() != amount) {
                    payment.recordCaptureAdjustment(amount - payment.capturedAmount(), operation.id(), now);
                }
                payment.reprice(amount, now);
                if (result.status() != null) {
                    changes.follow(payment, result.status(), providerName(payment));
                }
            }
            default -> {
                if (result.status() != null) {
                    changes.follow(payment, result.status(), providerName(payment));
                }
            }
        }
    }

    private void applyStart(Payment payment, PaymentOperation operation, GatewayResult result) {
        PaymentStatus target = result.status() != null ? result.status()
                : result.outcome() == GatewayOutcome.PENDING ? PaymentStatus.PENDING
                : kindCaptures(result.operationKind()) ? PaymentStatus.CAPTURED : PaymentStatus.AUTHORIZED;
        if (target == PaymentStatus.AUTHORIZED || target == PaymentStatus.CAPTURED) {
            GatewayCapabilities capabilities = gateways.get(payment.provider()).capabilities();
            payment.authorized(operation.amount(), result.authorizedUntil(), capabilities.authValidityDays(),
                    clock.instant());
        }
        if (target == PaymentStatus.CAPTURED) {
            changes.apply(payment, PaymentFact.captured(operation.amount(), operation.id(), target));
        } else {
            changes.follow(payment, target, providerName(payment));
        }
        if (payment.status() == PaymentStatus.UNDER_REVIEW) {
            reviews.entered(payment);
        }
    }

    /**
     * A call of a re-issue (its entries share a correlation id) that the re-issue's one history line
     * tells: the new registration, and the cancel that succeeded. A cancel that did not stays its own
     * line, because then no re-issue follows.
     */
    private static boolean partOfReissue(PaymentOperation operation, GatewayResult result) {
        return operation.correlationId() != null
                && (isStart(operation.kind()) || result.outcome() == GatewayOutcome.SUCCEEDED);
    }

    /** Paid at a store: the provider has no capture step, so a start is a registration, not a 仮売上. */
    private boolean atStore(Payment payment) {
        return gateways.get(payment.provider()).capabilities().captureModes().isEmpty();
    }

    static boolean isStart(OperationKind kind) {
        return kind == OperationKind.AUTHORIZE || kind == OperationKind.AUTHORIZE_AND_CAPTURE;
    }

    private static boolean kindCaptures(OperationKind kind) {
        return kind == OperationKind.AUTHORIZE_AND_CAPTURE;
    }

    private static String providerName(Payment payment) {
        return payment.provider().displayName();
    }

}
