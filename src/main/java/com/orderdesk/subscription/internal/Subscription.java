package com.orderdesk.subscription.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.OrderLine;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.subscription.SubscriptionChanges;
import com.orderdesk.subscription.SubscriptionContent;
import com.orderdesk.subscription.SubscriptionInterval;
import com.orderdesk.subscription.SubscriptionStateConflict;
import com.orderdesk.subscription.SubscriptionStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * The subscription aggregate: the content of its orders and its schedule. {@code nextCycle} is the
 * next cycle to deliver; its delivery date comes from the {@link Schedule} and its order date lies
 * {@code leadDays} before. Every command returns the history line describing what it changed.
 *
 * <p>Catch-up rule ({@link #dueOn}): when the generator finds several cycles whose order date has
 * passed (the application was down), it orders only the latest of them; the earlier ones are
 * recorded as missed, not delivered and not counted.
 */
@Entity
@Table(name = "subscriptions")
public class Subscription implements Persistable<UUID> {

    /** Bounds the catch-up walk (a daily subscription missed for years still ends the loop). */
    private static final int MAX_CATCH_UP_CYCLES = 10_000;

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String number;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    /** The store that started it through the store API (the only store that reaches it there); null for an operator's. */
    @Column(name = "store_id", updatable = false)
    private @Nullable UUID storeId;

    @Embedded
    private CustomerDetails customer;

    @Embedded
    private DeliveryAddress delivery;

    @Column(name = "delivery_method_code")
    private @Nullable String deliveryMethodCode;

    @Column(name = "payment_method_code", nullable = false)
    private String paymentMethodCode;

    @Column(name = "stored_card_id")
    private @Nullable String storedCardId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_lines", joinColumns = @JoinColumn(name = "subscription_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "shipping_fee", nullable = false)
    private long shippingFee;

    @Column(name = "payment_fee", nullable = false)
    private long paymentFee;

    @Embedded
    private SubscriptionInterval interval;

    @Column(name = "anchor_date", nullable = false)
    private LocalDate anchorDate;

    @Column(name = "anchor_cycle", nullable = false)
    private int anchorCycle;

    @Column(name = "next_cycle", nullable = false)
    private int nextCycle;

    @Column(name = "next_delivery_date", nullable = false)
    private LocalDate nextDeliveryDate;

    @Column(name = "next_order_date", nullable = false)
    private LocalDate nextOrderDate;

    @Column(name = "lead_days", nullable = false)
    private int leadDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionStatus status;

    @Column(nullable = false)
    private int deliveries;

    @Column(name = "end_after_deliveries")
    private @Nullable Integer endAfterDeliveries;

    @Column(name = "end_on")
    private @Nullable LocalDate endOn;

    /** Why the last generation attempt placed no order (a check refused it); cleared by the next order. */
    @Column(name = "generation_problem")
    private @Nullable String generationProblem;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private boolean isNew;

    protected Subscription() {
    }

    /**
     * A new ACTIVE subscription whose first delivery (cycle 1) is {@code firstDelivery}, aligned
     * to the fixed day of the month when the interval has one.
     *
     * @throws InvalidInput when the first delivery lies before {@code today} or after the end date
     */
    public static Subscription start(String number, @Nullable UUID storeId, SubscriptionContent content,
            String paymentMethodCode, @Nullable String storedCardId, SubscriptionInterval interval,
            LocalDate firstDelivery, LocalDate today, Instant now) {
        LocalDate first = Schedule.firstDelivery(interval, firstDelivery);
        if (first.isBefore(today)) {
            throw new InvalidInput("firstDeliveryDate", "must be today or later");
        }
        if (content.endOn() != null && first.isAfter(content.endOn())) {
            throw new InvalidInput("endOn", "lies before the first delivery " + first);
        }
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.isNew = true;
        subscription.number = number;
        subscription.customerId = content.customerId();
        subscription.storeId = storeId;
        subscription.customer = content.customer();
        subscription.delivery = content.delivery() != null ? content.delivery() : content.customer().asDeliveryAddress();
        subscription.deliveryMethodCode = content.deliveryMethodCode();
        subscription.paymentMethodCode = paymentMethodCode;
        subscription.storedCardId = storedCardId;
        subscription.lines = new ArrayList<>(content.lines());
        subscription.shippingFee = content.shippingFee();
        subscription.paymentFee = content.paymentFee();
        subscription.leadDays = content.leadDays();
        subscription.endAfterDeliveries = content.endAfterDeliveries();
        subscription.endOn = content.endOn();
        subscription.interval = interval;
        subscription.anchorDate = first;
        subscription.anchorCycle = 1;
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.advanceTo(1);
        return subscription;
    }

    /** The cycle the generator orders on {@code today}, or empty when nothing is due. */
    public Optional<CyclePlan> dueOn(LocalDate today) {
        if (status != SubscriptionStatus.ACTIVE || nextOrderDate.isAfter(today)) {
            return Optional.empty();
        }
        Schedule schedule = schedule();
        int cycle = nextCycle;
        while (cycle - nextCycle < MAX_CATCH_UP_CYCLES && !orderDate(schedule, cycle + 1).isAfter(today)
                && withinEnd(schedule.deliveryDate(cycle + 1))) {
            cycle++;
        }
        return Optional.of(new CyclePlan(cycle, schedule.deliveryDate(cycle), orderDate(schedule, cycle), nextCycle));
    }

    /** Records the plan's order: one more delivery, the schedule moves past it. */
    public String ordered(CyclePlan plan, String orderNumber, Instant at) {
        deliveries++;
        generationProblem = null;
        advanceTo(plan.cycle() + 1);
        touch(at);
        String missed = plan.missedCycles() == 0 ? ""
                : "; cycles " + plan.firstMissedCycle() + "–" + (plan.cycle() - 1)
                        + " were missed while generation did not run and are not delivered (catch-up: one order)";
        return "Cycle " + plan.cycle() + " ordered as " + orderNumber + " (delivery " + plan.deliveryDate() + ")"
                + missed + "; " + afterwards();
    }

    /** Notes why generation placed no order; returns whether that is news (for the history). */
    public boolean generationRefused(String problem, Instant at) {
        if (problem.equals(generationProblem)) {
            return false;
        }
        generationProblem = problem;
        touch(at);
        return true;
    }

    public String pause(Instant at) {
        requireStatus(SubscriptionStatus.ACTIVE, "pause");
        status = SubscriptionStatus.PAUSED;
        touch(at);
        return "Paused (next delivery was " + nextDeliveryDate + ", cycle " + nextCycle + ")";
    }

    /**
     * Resumes a paused subscription. Cycles whose order date passed during the pause are passed
     * over, not ordered late: the next cycle is the first whose order date is today or later.
     */
    public String resume(LocalDate today, Instant at) {
        requireStatus(SubscriptionStatus.PAUSED, "resume");
        status = SubscriptionStatus.ACTIVE;
        Schedule schedule = schedule();
        int cycle = nextCycle;
        while (orderDate(schedule, cycle).isBefore(today)) {
            cycle++;
        }
        int passedOver = cycle - nextCycle;
        int from = nextCycle;
        advanceTo(cycle);
        touch(at);
        return "Resumed" + (passedOver == 0 ? "" : "; cycles " + from + "–" + (cycle - 1)
                + " fell into the pause and are not delivered") + "; " + afterwards();
    }

    /** Skips the next delivery: its cycle gets no order, the one after is next. */
    public String skipNext(Instant at) {
        if (status != SubscriptionStatus.ACTIVE && status != SubscriptionStatus.PAUSED) {
            throw conflict("skip the next delivery of");
        }
        int skipped = nextCycle;
        LocalDate skippedDate = nextDeliveryDate;
        advanceTo(nextCycle + 1);
        touch(at);
        return "Cycle " + skipped + " (delivery " + skippedDate + ") skipped; " + afterwards();
    }

    public String cancel(Instant at) {
        if (status.isFinal()) {
            throw conflict("cancel");
        }
        status = SubscriptionStatus.CANCELLED;
        touch(at);
        return "Cancelled after " + deliveries + " deliveries";
    }

    /**
     * Changes the interval from the next cycle on: the next delivery stays on its date (or moves to
     * {@code nextDelivery} when given; for a fixed day of the month, the first such day from there)
     * and later cycles follow the new interval.
     */
    public String changeInterval(SubscriptionInterval newInterval, @Nullable LocalDate nextDelivery, LocalDate today,
            Instant at) {
        requireNotFinal("change the interval of");
        if (nextDelivery != null && nextDelivery.isBefore(today)) {
            throw new InvalidInput("nextDeliveryDate", "must be today or later");
        }
        String before = interval.describe() + ", next delivery " + nextDeliveryDate;
        interval = newInterval;
        anchorDate = Schedule.firstDelivery(newInterval, nextDelivery != null ? nextDelivery : nextDeliveryDate);
        anchorCycle = nextCycle;
        advanceTo(nextCycle);
        touch(at);
        return "Interval " + before + " → " + interval.describe() + ", next delivery " + nextDeliveryDate
                + (status == SubscriptionStatus.ENDED ? "; ended: the end date comes first" : "");
    }

    public String changePayment(String methodCode, @Nullable String cardId, Instant at) {
        requireNotFinal("change the payment method of");
        String before = paymentMethodCode + (storedCardId == null ? "" : " (stored card " + storedCardId + ")");
        paymentMethodCode = methodCode;
        storedCardId = cardId;
        touch(at);
        return "Payment method " + before + " → " + methodCode + (cardId == null ? "" : " (stored card " + cardId + ")")
                + ", from the next order";
    }

    /** Applies an edit from the next cycle on; returns the history lines (empty when nothing changed). */
    public List<String> edit(SubscriptionChanges changes, Instant at) {
        requireNotFinal("edit");
        List<String> described = new ArrayList<>();
        if (changes.customer() != null && !changes.customer().equals(customer)) {
            customer = changes.customer();
            described.add("orderer details changed");
        }
        if (changes.delivery() != null && !changes.delivery().equals(delivery)) {
            delivery = changes.delivery();
            described.add("delivery address changed");
        }
        if (changes.deliveryMethodCode() != null && !changes.deliveryMethodCode().equals(deliveryMethodCode)) {
            described.add("delivery method " + deliveryMethodCode + " → " + changes.deliveryMethodCode());
            deliveryMethodCode = changes.deliveryMethodCode();
        }
        if (changes.lines() != null && !changes.lines().equals(lines)) {
            described.add("lines changed (" + lines.size() + " → " + changes.lines().size() + " lines, "
                    + yen(linesTotal(lines)) + " → " + yen(linesTotal(changes.lines())) + ")");
            lines = new ArrayList<>(changes.lines());
        }
        if (changes.shippingFee() != null && changes.shippingFee() != shippingFee) {
            described.add("shipping fee " + yen(shippingFee) + " → " + yen(changes.shippingFee()));
            shippingFee = changes.shippingFee();
        }
        if (changes.paymentFee() != null && changes.paymentFee() != paymentFee) {
            described.add("payment fee " + yen(paymentFee) + " → " + yen(changes.paymentFee()));
            paymentFee = changes.paymentFee();
        }
        boolean rescheduled = false;
        if (changes.leadDays() != null && changes.leadDays() != leadDays) {
            described.add("lead days " + leadDays + " → " + changes.leadDays());
            leadDays = changes.leadDays();
            rescheduled = true;
        }
        Integer newEndAfter = changes.clearEnd() ? null : changes.endAfterDeliveries() != null ? changes.endAfterDeliveries() : endAfterDeliveries;
        LocalDate newEndOn = changes.clearEnd() ? null : changes.endOn() != null ? changes.endOn() : endOn;
        if (!Objects.equals(newEndAfter, endAfterDeliveries) || !Objects.equals(newEndOn, endOn)) {
            described.add("end " + describeEnd(endAfterDeliveries, endOn) + " → " + describeEnd(newEndAfter, newEndOn));
            endAfterDeliveries = newEndAfter;
            endOn = newEndOn;
            rescheduled = true;
        }
        if (rescheduled) {
            advanceTo(nextCycle);
            if (status == SubscriptionStatus.ENDED) {
                described.add("ended: its end is reached");
            }
        }
        if (!described.isEmpty()) {
            touch(at);
        }
        return described;
    }

    /** Moves the schedule to {@code cycle}; ends the subscription when its end count or date is reached. */
    private void advanceTo(int cycle) {
        Schedule schedule = schedule();
        nextCycle = cycle;
        nextDeliveryDate = schedule.deliveryDate(cycle);
        nextOrderDate = orderDate(schedule, cycle);
        if (status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.PAUSED) {
            boolean countReached = endAfterDeliveries != null && deliveries >= endAfterDeliveries;
            if (countReached || !withinEnd(nextDeliveryDate)) {
                status = SubscriptionStatus.ENDED;
            }
        }
    }

    private boolean withinEnd(LocalDate deliveryDate) {
        return endOn == null || !deliveryDate.isAfter(endOn);
    }

    private LocalDate orderDate(Schedule schedule, int cycle) {
        return schedule.deliveryDate(cycle).minusDays(leadDays);
    }

    public Schedule schedule() {
        return new Schedule(interval, anchorDate, anchorCycle);
    }

    /** The order date of {@code cycle} under the current schedule (cycle not before the anchor). */
    public LocalDate orderDateOf(int cycle) {
        return orderDate(schedule(), cycle);
    }

    /** Whether a delivery on that date is still within the subscription's end date. */
    public boolean deliversOn(LocalDate deliveryDate) {
        return withinEnd(deliveryDate);
    }

    private String afterwards() {
        return status == SubscriptionStatus.ENDED ? "ended (" + describeEnd(endAfterDeliveries, endOn) + ")"
                : "next delivery " + nextDeliveryDate + " (cycle " + nextCycle + ", ordered on " + nextOrderDate + ")";
    }

    private static String describeEnd(@Nullable Integer count, @Nullable LocalDate on) {
        if (count == null && on == null) {
            return "none";
        }
        return (count == null ? "" : "after " + count + " deliveries") + (count != null && on != null ? " or " : "")
                + (on == null ? "" : "no delivery after " + on);
    }

    private void requireStatus(SubscriptionStatus required, String action) {
        if (status != required) {
            throw conflict(action);
        }
    }

    private void requireNotFinal(String action) {
        if (status.isFinal()) {
            throw conflict(action);
        }
    }

    private SubscriptionStateConflict conflict(String action) {
        return new SubscriptionStateConflict("subscription-status",
                "Cannot " + action + " subscription " + number + " while it is " + status);
    }

    private void touch(Instant at) {
        updatedAt = at;
    }

    static long linesTotal(List<OrderLine> lines) {
        return lines.stream().mapToLong(OrderLine::amount).sum();
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    @PostLoad
    void markPersisted() {
        isNew = false;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID customerId() {
        return customerId;
    }

    public @Nullable UUID storeId() {
        return storeId;
    }

    public boolean belongsToStore(UUID store) {
        return store.equals(storeId);
    }

    public CustomerDetails customer() {
        return customer;
    }

    public DeliveryAddress delivery() {
        return delivery;
    }

    public @Nullable String deliveryMethodCode() {
        return deliveryMethodCode;
    }

    public String paymentMethodCode() {
        return paymentMethodCode;
    }

    public @Nullable String storedCardId() {
        return storedCardId;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public long shippingFee() {
        return shippingFee;
    }

    public long paymentFee() {
        return paymentFee;
    }

    public SubscriptionInterval interval() {
        return interval;
    }

    public int nextCycle() {
        return nextCycle;
    }

    public LocalDate nextDeliveryDate() {
        return nextDeliveryDate;
    }

    public LocalDate nextOrderDate() {
        return nextOrderDate;
    }

    public int leadDays() {
        return leadDays;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public int deliveries() {
        return deliveries;
    }

    public @Nullable Integer endAfterDeliveries() {
        return endAfterDeliveries;
    }

    public @Nullable LocalDate endOn() {
        return endOn;
    }

    public @Nullable String generationProblem() {
        return generationProblem;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
