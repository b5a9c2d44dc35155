package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.DiscountRequest;
import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentNotFound;
import com.orderdesk.payment.PaymentOutcome;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentSummary;
import com.orderdesk.payment.ProviderCallFailed;
import com.orderdesk.payment.ProviderDeclined;
import com.orderdesk.payment.StorePayment;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * {@link PaymentManagement} for operators and the storefront: finds the order's current attempt,
 * runs the action and turns a provider refusal into the documented problem (422 declined, 502
 * failed). Authorization is the exception: a decline there is a FAILED payment, returned as such.
 */
@Service
class PaymentCommands implements PaymentManagement {

    private final PaymentRepository payments;
    private final PaymentActions actions;
    private final PaymentStarts starts;
    private final PaymentViews views;
    private final StorePayments store;
    private final ManualCancellations manual;
    private final OrderManagement orders;
    private final Clock clock;
    private final LocalPaymentChanges local;

    PaymentCommands(PaymentRepository payments, PaymentActions actions, PaymentStarts starts, PaymentViews views,
            StorePayments store, ManualCancellations manual, OrderManagement orders, Clock clock,
            LocalPaymentChanges local) {
        this.local = local;
        this.store = store;
        this.manual = manual;
        this.payments = payments;
        this.actions = actions;
        this.starts = starts;
        this.views = views;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public List<PaymentDetails> payments(String orderNumber) {
        Order order = orders.find(orderNumber);
        return payments.findByOrderIdOrderByAttempt(order.id()).stream().map(views::of).toList();
    }

    @Override
    public List<PaymentSummary> summaries(UUID orderId) {
        return payments.attemptRows(orderId).stream().map(AttemptRow::summary).toList();
    }

    @Override
    public PaymentDetails current(String orderNumber) {
        return views.of(currentOf(orderNumber));
    }

    @Override
    public PaymentOutcome capture(String orderNumber, @Nullable Long amount) {
        Payment payment = currentOf(orderNumber);
        return outcome(PaymentAction.CAPTURE, payment, actions.capture(payment, amount));
    }

    /**
     * The operator's payment cancel. A payment cancel does not cancel the order (the atobarai
     * manual: 「取消」と受注データの「キャンセル」は連動しません。それぞれ設定を行う必要があります), so an order
     * left active with its payment cancelled is flagged for the operator, never left silently.
     */
    @Override
    public PaymentOutcome cancel(String orderNumber) {
        Payment payment = currentOf(orderNumber);
        ProviderCalls.Call call = actions.cancel(payment);
        if (call.result().outcome() == GatewayOutcome.SUCCEEDED) {
            OrderStatus status = orders.find(orderNumber).status();
            if (status != OrderStatus.CANCELLED) {
                local.flagOrderLeftOpen(payment.id(), "the payment is cancelled but order " + orderNumber + " is still " + status
                        + ": a payment cancel does not cancel the order; cancel the order, or take a new payment for it");
            }
        }
        return outcome(PaymentAction.CANCEL, payment, call);
    }

    @Override
    public PaymentOutcome markPaymentCancelled(String orderNumber, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "is required: say why the payment was cancelled outside OrderDesk");
        }
        Payment payment = currentOf(orderNumber);
        manual.record(payment.id(), reason);
        return new PaymentOutcome(GatewayOutcome.SUCCEEDED, true, null, views.of(actions.reload(payment)));
    }

    @Override
    public PaymentOutcome refund(String orderNumber, @Nullable Long amount) {
        Payment payment = currentOf(orderNumber);
        List<String> warnings = new ArrayList<>();
        ProviderCalls.Call call = refundWarned(payment, amount, warnings);
        return new PaymentOutcome(call.result().outcome(), true, null, views.of(actions.reload(payment)), warnings);
    }

    @Override
    public PaymentOutcome refundWithDiscount(String orderNumber, DiscountRequest discount) {
        // The order checks the discount before any money moves: a refund it would then refuse is worse.
        DiscountRequest.Split split = orders.previewDiscount(orderNumber, discount);
        Payment payment = currentOf(orderNumber);
        List<String> warnings = new ArrayList<>();
        ProviderCalls.Call call = refundWarned(payment, split.total(), warnings);
        if (call.result().outcome() != GatewayOutcome.SUCCEEDED) {
            String unknown = "the refund of " + PaymentRules.yen(split.total()) + " for a 値引き has no known outcome"
                    + " yet, so the order was not changed: once reconciliation confirms the refund, record the"
                    + " discount on the order (edit its amounts) so that order and payment agree";
            local.flag(payment.id(), unknown);
            warnings.add(unknown);
            return new PaymentOutcome(call.result().outcome(), true, null, views.of(actions.reload(payment)), warnings);
        }
        // The payment follows first, so the order's amount change finds nothing left to do for it.
        Payment refunded = actions.reload(payment);
        local.repriced(refunded.id(), refunded.amount() - split.total());
        try {
            orders.discount(orderNumber, null,
                    new DiscountRequest(null, split.amount10(), split.amount8(), discount.label()));
        } catch (ProblemException refused) {
            String why = "refunded " + PaymentRules.yen(split.total()) + " but the order refused the matching 値引き: "
                    + refused.getMessage() + "; edit the order so that its total agrees with the payment";
            local.flag(payment.id(), why);
            warnings.add(why);
        }
        return new PaymentOutcome(GatewayOutcome.SUCCEEDED, true, null, views.of(actions.reload(payment)), warnings);
    }

    /** A refund refused as a problem; a late refund (advisory window passed) warned in the history too. */
    private ProviderCalls.Call refundWarned(Payment payment, @Nullable Long amount, List<String> warnings) {
        Optional<String> late = actions.advisoryRefundWarning(payment);
        ProviderCalls.Call call = actions.refund(payment, amount);
        refuse(PaymentAction.REFUND, payment, call);
        late.ifPresent(warning -> {
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT,
                    payment.provider().displayName() + " 返金期限超過の警告: " + warning);
            warnings.add(warning);
        });
        return call;
    }

    @Override
    public PaymentOutcome changeAmount(String orderNumber, long newAmount, boolean dryRun) {
        Payment payment = currentOf(orderNumber);
        AmountChangePlan plan = actions.plan(payment, newAmount);
        if (dryRun) {
            return new PaymentOutcome(GatewayOutcome.SUCCEEDED, false, plan, views.of(payment));
        }
        PaymentActions.Execution execution = actions.changeAmount(payment, newAmount, plan);
        GatewayResult stoppedBy = execution.stoppedBy();
        if (stoppedBy != null) {
            refuse(PaymentAction.CHANGE_AMOUNT, payment, execution.calls().getLast());
        }
        Payment now = execution.reissued() != null ? execution.reissued() : payment;
        GatewayOutcome last = execution.calls().isEmpty() ? GatewayOutcome.SUCCEEDED
                : execution.calls().getLast().result().outcome();
        long orderTotal = orders.find(orderNumber).totals().total();
        // PENDING: a re-issue went through and waits for the shopper to pay the new amount.
        boolean wentThrough = last == GatewayOutcome.SUCCEEDED || last == GatewayOutcome.PENDING;
        if (wentThrough && newAmount != orderTotal) {
            // The payment moved alone: the order still says otherwise, and the payment must say so
            // (and hold the order back from shipping) until they agree or an operator accepts it.
            local.holdShipment(now.id(), "the payment amount " + PaymentRules.yen(newAmount)
                    + " differs from the order total " + PaymentRules.yen(orderTotal) + "; the order is not ready to"
                    + " ship: edit the order so that they agree (the payment follows the order's total), or record"
                    + " why they differ when clearing this flag");
        } else if (wentThrough) {
            local.releaseShipmentHold(now.id(), "payment amount changed to the order total " + PaymentRules.yen(orderTotal));
        }
        return new PaymentOutcome(last, true, plan, views.of(actions.reload(now)));
    }

    @Override
    public PaymentOutcome authorize(String orderNumber, @Nullable String paymentMethodCode,
            Map<String, String> instrument) {
        Order order = orders.find(orderNumber);
        Optional<Payment> latest = payments.findFirstByOrderIdOrderByAttemptDesc(order.id());
        Payment payment = latest
                .filter(existing -> existing.status() == PaymentStatus.PENDING
                        && (paymentMethodCode == null || paymentMethodCode.equals(existing.paymentMethodCode())))
                .orElseGet(() -> startAttempt(order, paymentMethodCode, latest.isEmpty()));
        ProviderCalls.Call call = starts.authorize(payment, instrument, null);
        return new PaymentOutcome(call.result().outcome(), true, null, views.of(actions.reload(payment)));
    }

    /**
     * A new attempt for the operator's authorize. Right after an order is placed, the OrderPlaced
     * listener may be creating the first attempt at the same moment. When the order had no payment
     * yet, this asks for attempt 1 by number (not "the next one", which would become attempt 2 once
     * the listener's commit lands and leave a second, forever PENDING payment beside the authorized
     * one): the loser of that race gets a unique-key violation and authorizes the attempt the
     * listener created.
     */
    private Payment startAttempt(Order order, @Nullable String paymentMethodCode, boolean first) {
        String method = methodFor(order, paymentMethodCode);
        try {
            return first
                    ? starts.firstAttempt(order.id(), order.number(), method, order.totals().total())
                    : starts.newAttempt(order.id(), order.number(), method, order.totals().total());
        } catch (DataIntegrityViolationException listenerWasFaster) {
            return payments.findFirstByOrderIdOrderByAttemptDesc(order.id())
                    .filter(created -> created.status() == PaymentStatus.PENDING)
                    .orElseThrow(() -> listenerWasFaster);
        }
    }

    @Override
    public StorePayment startStorePayment(String orderNumber, Map<String, String> instrument,
            @Nullable String returnUrl) {
        return store.start(orderNumber, instrument, returnUrl);
    }

    @Override
    public StorePayment payStoreOrder(String orderNumber, Map<String, String> instrument, @Nullable String returnUrl) {
        return store.pay(orderNumber, instrument, returnUrl);
    }

    @Override
    public StorePayment completeAuthentication(String orderNumber, Map<String, String> returnParameters) {
        return store.completeAuthentication(orderNumber, returnParameters);
    }

    @Override
    public StorePayment storePayment(String orderNumber) {
        return store.show(orderNumber);
    }

    @Override
    public List<PaymentDetails> expiring(int withinDays) {
        if (withinDays < 0 || withinDays > 366) {
            throw new InvalidInput("withinDays", "must be between 0 and 366");
        }
        Instant now = clock.instant();
        return payments.findByStatusAndAuthExpiresAtBetweenOrderByAuthExpiresAt(PaymentStatus.AUTHORIZED, now,
                now.plus(Duration.ofDays(withinDays))).stream().map(views::of).toList();
    }

    @Override
    public List<PaymentDetails> unpaidExpiring(int withinDays) {
        if (withinDays < 0 || withinDays > 366) {
            throw new InvalidInput("withinDays", "must be between 0 and 366");
        }
        Instant now = clock.instant();
        return payments.findUnpaidExpiring(now, now.plus(Duration.ofDays(withinDays))).stream().map(views::of).toList();
    }

    @Override
    public List<PaymentDetails> capturable() {
        return payments.findCapturable(clock.instant()).stream().map(views::of).toList();
    }

    private String methodFor(Order order, @Nullable String requested) {
        String code = requested != null ? requested : order.paymentMethodCode();
        if (code == null) {
            throw new InvalidInput("paymentMethodCode", "is required: the order has no payment method");
        }
        return code;
    }

    private Payment currentOf(String orderNumber) {
        Order order = orders.find(orderNumber);
        return payments.findFirstByOrderIdOrderByAttemptDesc(order.id())
                .orElseThrow(() -> new PaymentNotFound(orderNumber));
    }

    private PaymentOutcome outcome(PaymentAction action, Payment payment, ProviderCalls.Call call) {
        refuse(action, payment, call);
        return new PaymentOutcome(call.result().outcome(), true, null, views.of(actions.reload(payment)));
    }

    private static void refuse(PaymentAction action, Payment payment, ProviderCalls.Call call) {
        GatewayResult result = call.result();
        if (result.outcome() == GatewayOutcome.DECLINED) {
            throw new ProviderDeclined(payment.provider(), action, call.operationId(), result.errorCode(),
                    result.errorMessage());
        }
        if (result.outcome() == GatewayOutcome.FAILED) {
            throw new ProviderCallFailed(payment.provider(), action, call.operationId(), result.errorCode(),
                    result.errorMessage());
        }
    }
}
