package com.orderdesk.subscription.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.OrderLine;
import com.orderdesk.order.OrderTotals;
import com.orderdesk.order.PriceAdjustment;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.RecurringPaymentMethods;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.subscription.IntervalUnit;
import com.orderdesk.subscription.SubscriptionStatus;
import com.orderdesk.subscription.internal.PaymentLabels;
import com.orderdesk.subscription.internal.Subscription;
import com.orderdesk.subscription.internal.SubscriptionHistoryRecord;
import com.orderdesk.subscription.internal.SubscriptionOrder;
import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How subscriptions, their orders and history look in the API (yen amounts, tax-inclusive). */
@Component
class SubscriptionViews {

    private final RecurringPaymentMethods methods;
    private final PaymentManagement payments;

    SubscriptionViews(RecurringPaymentMethods methods, PaymentManagement payments) {
        this.methods = methods;
        this.payments = payments;
    }

    record IntervalView(IntervalUnit unit, int every, @Nullable Integer dayOfMonth, String description) {
    }

    record LineView(String productCode, String productName, long unitPrice, int quantity, TaxCategory taxCategory,
            long amount, boolean digital) {

        static LineView of(OrderLine line) {
            return new LineView(line.productCode(), line.productName(), line.unitPrice(), line.quantity(),
                    line.taxCategory(), line.amount(), line.digital());
        }
    }

    /**
     * @param orderTotal what the next order will come to (lines, shipping and payment fee)
     * @param generationProblem why the due cycle could not be ordered at the last run, null when fine
     */
    record SubscriptionView(String number, long version, SubscriptionStatus status, UUID customerId,
            CustomerDetails customer, DeliveryAddress delivery, @Nullable String deliveryMethodCode,
            String paymentMethodCode, @Nullable String storedCardId, List<LineView> lines, long shippingFee,
            long paymentFee, long orderTotal, IntervalView interval, int nextCycle, LocalDate nextDeliveryDate,
            LocalDate nextOrderDate, int leadDays, int deliveries, @Nullable Integer endAfterDeliveries,
            @Nullable LocalDate endOn, @Nullable String generationProblem, Instant createdAt, Instant updatedAt) {

        String etag() {
            return "\"" + version + "\"";
        }
    }

    /**
     * One cycle's order and its payment now.
     *
     * @param paymentLabel the operator's word for the payment (仮売上, 未入金, 「カード未決済」 …)
     */
    record CycleOrderView(String subscriptionNumber, int cycle, LocalDate deliveryDate, String orderNumber, long total,
            String paymentMethodCode, boolean paymentStarted, @Nullable String paymentStatus, @Nullable String paymentLabel,
            @Nullable String declineCode, @Nullable String declineMessage, @Nullable String nextActionUrl,
            Instant createdAt) {
    }

    record HistoryView(Instant occurredAt, String actor, String description) {

        static HistoryView of(SubscriptionHistoryRecord record) {
            return new HistoryView(record.occurredAt(), record.actor(), record.description());
        }
    }

    SubscriptionView of(Subscription s) {
        long total = OrderTotals.calculate(s.lines(), s.shippingFee(), s.paymentFee(), PriceAdjustment.NONE, 0).total();
        return new SubscriptionView(s.number(), s.version(), s.status(), s.customerId(), s.customer(), s.delivery(),
                s.deliveryMethodCode(), s.paymentMethodCode(), s.storedCardId(),
                s.lines().stream().map(LineView::of).toList(), s.shippingFee(), s.paymentFee(), total,
                new IntervalView(s.interval().unit(), s.interval().every(), s.interval().dayOfMonth(),
                        s.interval().describe()),
                s.nextCycle(), s.nextDeliveryDate(), s.nextOrderDate(), s.leadDays(), s.deliveries(),
                s.endAfterDeliveries(), s.endOn(), s.generationProblem(), s.createdAt(), s.updatedAt());
    }

    /** A cycle order as last recorded (kept in step by payment status events); for lists across subscriptions. */
    CycleOrderView of(String subscriptionNumber, SubscriptionOrder order) {
        return view(subscriptionNumber, order, order.paymentMethodCode(), order.paymentStatus(), order.nextActionUrl());
    }

    /**
     * A cycle order with its payment read now from the payment module, so that what changes without a
     * status change (the selection URL of a new attempt after a method switch) shows at once.
     */
    CycleOrderView live(String subscriptionNumber, SubscriptionOrder order) {
        if (!order.paymentStarted()) {
            return of(subscriptionNumber, order);
        }
        PaymentDetails payment = payments.current(order.orderNumber());
        return view(subscriptionNumber, order, payment.paymentMethodCode(), payment.status().name(),
                payment.nextAction().url());
    }

    private CycleOrderView view(String subscriptionNumber, SubscriptionOrder order, String methodCode,
            @Nullable String status, @Nullable String nextActionUrl) {
        boolean failed = "FAILED".equals(status);
        return new CycleOrderView(subscriptionNumber, order.cycle(), order.deliveryDate(), order.orderNumber(),
                order.total(), methodCode, order.paymentStarted(), status,
                PaymentLabels.of(status, paysWithStoredCard(methodCode)), failed ? order.declineCode() : null,
                failed ? order.declineMessage() : null, nextActionUrl, order.createdAt());
    }

    private boolean paysWithStoredCard(String methodCode) {
        try {
            return methods.describe(methodCode).paysWithStoredCard();
        } catch (ProblemException methodGone) {
            return false;
        }
    }
}
