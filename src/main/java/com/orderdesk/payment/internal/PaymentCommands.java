package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentNotFound;
import com.orderdesk.payment.PaymentOutcome;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCallFailed;
import com.orderdesk.payment.ProviderDeclined;
import com.orderdesk.payment.StorePayment;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
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
    public PaymentDetails current(String orderNumber) {
        return views.of(currentOf(orderNumber));
    }

    @Override
    public PaymentOutcome capture(String orderNumber, @Nullable Long amount) {
        Payment payment = currentOf(orderNumber);
        return outcome(PaymentAction.CAPTURE, payment, actions.capture(payment, amount));
    }

    @Override
    public PaymentOutcome cancel(String orderNumber) {
        Payment payment = currentOf(orderNumber);
        return outcome(PaymentAction.CANCEL, payment, actions.cancel(payment));
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
        Optional<String> late = actions.advisoryRefundWarning(payment);
        ProviderCalls.Call call = actions.refund(payment, amount);
        refuse(PaymentAction.REFUND, payment, call);
        late.ifPresent(warning -> orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT,
                payment.provider().displayName() + " 返金期限超過の警告: " + warning));
        return new PaymentOutcome(call.result().outcome(), true, null, views.of(actions.reload(payment)),
                late.stream().toList());
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
        if (last == GatewayOutcome.SUCCEEDED && newAmount != orderTotal) {
            // The payment moved alone: the order still says otherwise, and the payment must say so.
            local.flag(now.id(), "the payment amount " + PaymentRules.yen(newAmount) + " differs from the order total "
                    + PaymentRules.yen(orderTotal) + "; edit the order so that they agree (the payment follows the"
                    + " order's total), or record why they differ when clearing this flag");
        }
        return new PaymentOutcome(last, true, plan, views.of(actions.reload(now)));
    }

    @Override
    public PaymentOutcome authorize(String orderNumber, @Nullable String paymentMethodCode,
            Map<String, String> instrument) {
        Order order = orders.find(orderNumber);
        Payment payment = payments.findFirstByOrderIdOrderByAttemptDesc(order.id())
                .filter(existing -> existing.status() == PaymentStatus.PENDING
                        && (paymentMethodCode == null || paymentMethodCode.equals(existing.paymentMethodCode())))
                .orElseGet(() -> starts.newAttempt(order.id(), order.number(), methodFor(order, paymentMethodCode),
                        order.totals().total()));
        ProviderCalls.Call call = starts.authorize(payment, instrument, null);
        return new PaymentOutcome(call.result().outcome(), true, null, views.of(actions.reload(payment)));
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
