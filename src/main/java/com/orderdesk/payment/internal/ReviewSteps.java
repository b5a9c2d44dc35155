package com.orderdesk.payment.internal;

import java.util.Map;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.PaymentNotFound;
import com.orderdesk.payment.PaymentReviews;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.ReviewStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@link PaymentReviews}: the shopper's review step as a logged provider call (the input itself is
 * never logged). A review past its deadline is failed first instead of being sent.
 */
@Service
class ReviewSteps implements PaymentReviews {

    private final PaymentRepository payments;
    private final OrderManagement orders;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;
    private final ProviderCalls calls;
    private final Reviews reviews;
    private final ReviewTimeouts timeouts;
    private final StorePayments store;

    ReviewSteps(PaymentRepository payments, OrderManagement orders, PaymentGateways gateways,
            ProviderSettingsLookup settings, ProviderCalls calls, Reviews reviews, ReviewTimeouts timeouts,
            StorePayments store) {
        this.payments = payments;
        this.orders = orders;
        this.gateways = gateways;
        this.settings = settings;
        this.calls = calls;
        this.reviews = reviews;
        this.timeouts = timeouts;
        this.store = store;
    }

    @Override
    public ReviewAnswer completeReviewStep(String orderNumber, Map<String, String> input) {
        Payment payment = payments.findFirstByOrderIdOrderByAttemptDesc(orders.find(orderNumber).id())
                .orElseThrow(() -> new PaymentNotFound(orderNumber));
        String provider = payment.provider().displayName();
        ReviewStep step = gateways.feature(payment.provider(), ReviewStep.class).orElseThrow(() ->
                new PaymentActionNotAllowed(PaymentAction.AUTHORIZE, provider + " has no review step for the shopper"));
        if (payment.status() != PaymentStatus.UNDER_REVIEW || payment.nextAction().type() != NextAction.Type.SMS_CHECK) {
            throw new PaymentActionNotAllowed(PaymentAction.AUTHORIZE, "the payment is not waiting for the shopper's"
                    + " review step (payment is " + payment.status() + ", next action "
                    + payment.nextAction().type() + ")");
        }
        if (timeouts.failIfOverdue(payment.id())) {
            return answer(orderNumber, "FAILED", "the review step expired at " + payment.reviewDeadline());
        }
        GatewayResult result = calls.call(payment, OperationKind.REVIEW_STEP, payment.amount(),
                operationId -> step.completeReviewStep(new ReviewStep.ReviewStepRequest(payment.toState(), operationId,
                        input, settings.settingsFor(payment.provider())))).result();
        Payment now = payments.findById(payment.id()).orElseThrow();
        String message = result.errorMessage() == null ? null : OperationTexts.mask(result.errorMessage());
        if (result.outcome() == GatewayOutcome.UNKNOWN) {
            return answer(orderNumber, "UNKNOWN", message);
        }
        return answer(orderNumber, switch (now.status()) {
            case UNDER_REVIEW -> result.outcome() == GatewayOutcome.DECLINED ? "WRONG_INPUT"
                    : result.outcome() == GatewayOutcome.FAILED ? "ERROR" : "UNKNOWN";
            case FAILED -> "FAILED";
            default -> "PASSED";
        }, message);
    }

    private ReviewAnswer answer(String orderNumber, String result, @Nullable String message) {
        Payment payment = payments.findFirstByOrderIdOrderByAttemptDesc(orders.find(orderNumber).id()).orElseThrow();
        return new ReviewAnswer(result, reviews.attemptsLeft(payment), message, store.show(orderNumber));
    }
}
