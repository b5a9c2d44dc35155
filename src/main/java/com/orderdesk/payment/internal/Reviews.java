package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentReviewFailed;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ReviewFlow;
import com.orderdesk.payment.gateway.ReviewFlow.Failure;
import com.orderdesk.payment.gateway.ReviewFlow.ReviewPolicy;
import com.orderdesk.payment.gateway.ReviewStep;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The life of a payment UNDER_REVIEW, inside the caller's transaction: its deadline when it enters
 * review (the next action's own, or the provider's timeout), the answer to a shopper's review step
 * (passed; a wrong input counted against the provider's attempt limit), and every way a review
 * fails, each announced by {@link PaymentReviewFailed} with the provider's rule on whether the
 * order is cancelled.
 */
@Component
class Reviews {

    /** A provider that declares no review rules: no deadline, and a failed review never cancels the order. */
    private static final ReviewPolicy NO_RULES = new ReviewPolicy(null, null, Integer.MAX_VALUE, Set.of());

    private final PaymentGateways gateways;
    private final PaymentChanges changes;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(PaymentGateways gateways, PaymentChanges changes, OrderManagement orders, ApplicationEventPublisher events,
            Clock clock) {
        this.gateways = gateways;
        this.changes = changes;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    ReviewPolicy policyOf(Payment payment) {
        return gateways.feature(payment.provider(), ReviewFlow.class).map(ReviewFlow::reviewPolicy).orElse(NO_RULES);
    }

    /** The payment has just entered UNDER_REVIEW (its next action already set): when it times out. */
    void entered(Payment payment) {
        NextAction next = payment.nextAction();
        ReviewPolicy policy = policyOf(payment);
        Duration timeout = next.type() == NextAction.Type.SMS_CHECK ? policy.shopperTimeout() : policy.providerTimeout();
        payment.reviewUntil(next.expiresAt() != null ? next.expiresAt()
                : timeout == null ? null : clock.instant().plus(timeout));
    }

    /** Applies the provider's answer to a shopper's review step. */
    void stepAnswered(Payment payment, GatewayResult result) {
        String provider = payment.provider().displayName();
        if (result.outcome() == GatewayOutcome.UNKNOWN
                || result.outcome() == GatewayOutcome.FAILED && result.status() == null) {
            return;
        }
        payment.providerSaid(result.providerStatus(), result.references());
        Instant now = clock.instant();
        if (result.outcome() == GatewayOutcome.SUCCEEDED || result.outcome() == GatewayOutcome.PENDING) {
            PaymentStatus status = result.status() != null ? result.status() : PaymentStatus.AUTHORIZED;
            if (status == PaymentStatus.FAILED && payment.status() == PaymentStatus.UNDER_REVIEW) {
                // Reconciliation learnt that the provider ended the review.
                fail(payment, Failure.DECLINED, provider + " ended the review");
                return;
            }
            if (status == PaymentStatus.AUTHORIZED) {
                payment.authorized(payment.amount(), result.authorizedUntil(),
                        gateways.get(payment.provider()).capabilities().authValidityDays(), now);
                payment.nextAction(NextAction.NONE);
            }
            changes.follow(payment, status, provider);
            return;
        }
        String why = describe(result);
        if (result.status() == PaymentStatus.FAILED) {
            Failure failure = gateways.feature(payment.provider(), ReviewStep.class)
                    .map(step -> step.endingFailure(result)).orElse(Failure.DECLINED);
            fail(payment, failure, provider + " ended the review: " + why);
            return;
        }
        int attempts = payment.reviewAttemptFailed(now);
        int allowed = policyOf(payment).maxAttempts();
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, provider + " 認証番号不一致 (" + attempts + "/"
                + allowed + "): " + why);
        if (attempts >= allowed) {
            fail(payment, Failure.TOO_MANY_ATTEMPTS, "the shopper entered a wrong code " + attempts + " times");
        }
    }

    /** Wrong inputs the shopper may still make. */
    int attemptsLeft(Payment payment) {
        return Math.max(0, policyOf(payment).maxAttempts() - payment.reviewAttempts());
    }

    /** Ends a review OrderDesk decides is over (deadline passed, too many attempts, provider refusal). */
    void fail(Payment payment, Failure failure, String reason) {
        changes.move(payment, PaymentStatus.FAILED);
        announce(payment, failure, reason);
    }

    /**
     * The provider reported FAILED (a notification or a poll) for a payment that was under review,
     * or AUTHORIZED: then it withdrew its approval, which an operator must know about.
     */
    void failedByProvider(Payment payment, PaymentStatus before) {
        String provider = payment.provider().displayName();
        if (before == PaymentStatus.AUTHORIZED) {
            String reason = provider + " withdrew its credit approval (AUTHORIZED → FAILED)";
            changes.flag(payment, reason + "; the order must not ship on this payment", AttentionCause.REVIEW,
                    Set.of());
            announce(payment, Failure.APPROVAL_WITHDRAWN, reason);
        } else if (before == PaymentStatus.UNDER_REVIEW) {
            announce(payment, Failure.DECLINED, provider + " declined the payment after its review");
        }
    }

    private void announce(Payment payment, Failure failure, String reason) {
        boolean cancelOrder = policyOf(payment).cancelsOrder().contains(failure);
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName() + " 審査不成立 ("
                + failure + "): " + reason + (cancelOrder ? "; the provider's rule cancels the order" : ""));
        if (!cancelOrder && failure != Failure.APPROVAL_WITHDRAWN) {
            // The order stays open on a dead payment: an operator settles it with the shopper.
            changes.flag(payment, "審査不成立 (" + failure + "): " + reason + "; the order stays open without a payment:"
                    + " ask the shopper for another payment method, or cancel the order", AttentionCause.ORDER_LEFT_OPEN,
                    Set.of());
        }
        events.publishEvent(new PaymentReviewFailed(payment.id(), payment.orderId(), payment.orderNumber(),
                payment.provider(), failure.name(), reason, cancelOrder, clock.instant()));
    }

    private static String describe(GatewayResult result) {
        return ((result.errorCode() == null ? "" : result.errorCode() + " ")
                + (result.errorMessage() == null ? "" : OperationTexts.mask(result.errorMessage()))).strip();
    }
}
