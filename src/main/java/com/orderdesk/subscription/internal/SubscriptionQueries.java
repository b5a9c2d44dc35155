package com.orderdesk.subscription.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.order.OrderReferenceFinder;
import com.orderdesk.order.OrderTotals;
import com.orderdesk.order.PriceAdjustment;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.subscription.SubscriptionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads over subscriptions: the list, the orders coming in the next days with their amounts, the
 * generator's dry run for a date, the cycle orders whose payment failed, and the order list's
 * reference filter (a subscription number finds its orders).
 */
@Service
public class SubscriptionQueries implements OrderReferenceFinder {

    /** Bounds the upcoming list per subscription (a daily subscription over a long horizon). */
    private static final int MAX_UPCOMING_PER_SUBSCRIPTION = 400;

    private final SubscriptionRepository subscriptions;
    private final SubscriptionOrderRepository cycleOrders;
    private final Clock clock;

    SubscriptionQueries(SubscriptionRepository subscriptions, SubscriptionOrderRepository cycleOrders, Clock clock) {
        this.subscriptions = subscriptions;
        this.cycleOrders = cycleOrders;
        this.clock = clock;
    }

    /** One order the generator will place (or would place, in a dry run). */
    public record PlannedOrder(String subscriptionNumber, UUID customerId, String customerName, int cycle,
            LocalDate orderDate, LocalDate deliveryDate, long total, String paymentMethodCode, int missedCycles) {
    }

    /** What the generator would do if it ran on {@code date}: resume these payments, place these orders. */
    public record DryRun(LocalDate date, List<String> paymentsToResume, List<PlannedOrder> orders) {
    }

    @Transactional(readOnly = true)
    public Page<Subscription> list(@Nullable UUID customerId, List<SubscriptionStatus> statuses, int page, int size) {
        List<SubscriptionStatus> wanted = statuses.isEmpty() ? List.of(SubscriptionStatus.values()) : statuses;
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
        return customerId == null ? subscriptions.findByStatusIn(wanted, request)
                : subscriptions.findByCustomerIdAndStatusIn(customerId, wanted, request);
    }

    /** Orders to be placed from today through today + {@code days}, by order date, with their totals. */
    @Transactional(readOnly = true)
    public List<PlannedOrder> upcoming(int days) {
        LocalDate today = ShopTime.dateOf(clock.instant());
        LocalDate until = today.plusDays(days);
        List<PlannedOrder> planned = new ArrayList<>();
        for (Subscription subscription : subscriptions.findByStatusOrderByNextOrderDate(SubscriptionStatus.ACTIVE)) {
            Optional<CyclePlan> due = subscription.dueOn(today);
            int cycle = due.map(CyclePlan::cycle).orElse(subscription.nextCycle());
            int left = subscription.endAfterDeliveries() == null ? MAX_UPCOMING_PER_SUBSCRIPTION
                    : Math.min(MAX_UPCOMING_PER_SUBSCRIPTION, subscription.endAfterDeliveries() - subscription.deliveries());
            for (int n = 0; n < left; n++, cycle++) {
                LocalDate delivery = subscription.schedule().deliveryDate(cycle);
                LocalDate orderDate = subscription.orderDateOf(cycle);
                if (orderDate.isAfter(until) || !subscription.deliversOn(delivery)) {
                    break;
                }
                int missed = n == 0 ? due.map(CyclePlan::missedCycles).orElse(0) : 0;
                planned.add(plan(subscription, cycle, orderDate.isBefore(today) ? today : orderDate, delivery, missed));
            }
        }
        planned.sort(Comparator.comparing(PlannedOrder::orderDate).thenComparing(PlannedOrder::subscriptionNumber));
        return planned;
    }

    /** The generator's decisions for {@code date} on today's data; writes nothing. */
    @Transactional(readOnly = true)
    public DryRun dryRun(LocalDate date) {
        List<String> resume = cycleOrders.findUnstarted().stream()
                .map(id -> cycleOrders.findById(id).map(SubscriptionOrder::orderNumber).orElse(""))
                .filter(number -> !number.isEmpty()).toList();
        List<PlannedOrder> orders = new ArrayList<>();
        for (UUID id : subscriptions.findDueIds(date)) {
            Subscription subscription = subscriptions.findById(id).orElseThrow();
            subscription.dueOn(date).ifPresent(plan -> orders.add(plan(subscription, plan.cycle(), date,
                    plan.deliveryDate(), plan.missedCycles())));
        }
        return new DryRun(date, resume, orders);
    }

    /** Cycle orders whose current payment is in {@code paymentStatus} (FAILED: 「カード未決済」), newest first. */
    @Transactional(readOnly = true)
    public List<SubscriptionOrder> ordersWithPayment(@Nullable String paymentStatus) {
        return paymentStatus == null ? cycleOrders.findTop200ByOrderByCreatedAtDesc()
                : cycleOrders.findByPaymentStatusOrderByCreatedAtDesc(paymentStatus);
    }

    /** Subscription numbers by id, for lists of cycle orders. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> numbersOf(Set<UUID> subscriptionIds) {
        return subscriptions.findAllById(subscriptionIds).stream()
                .collect(Collectors.toMap(Subscription::id, Subscription::number));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> orderIdsByReference(String reference) {
        return subscriptions.findByNumber(reference.strip())
                .map(subscription -> cycleOrders.findBySubscriptionIdOrderByCycle(subscription.id()).stream()
                        .map(SubscriptionOrder::orderId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static PlannedOrder plan(Subscription subscription, int cycle, LocalDate orderDate, LocalDate delivery,
            int missed) {
        long total = OrderTotals.calculate(subscription.lines(), subscription.shippingFee(), subscription.paymentFee(),
                PriceAdjustment.NONE, 0).total();
        return new PlannedOrder(subscription.number(), subscription.customerId(), subscription.customer().name(), cycle,
                orderDate, delivery, total, subscription.paymentMethodCode(), missed);
    }
}
