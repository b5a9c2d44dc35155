package com.orderdesk.subscription.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderContent;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.PriceAdjustment;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.ShopTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 定期購入 generator: places the order of every due cycle, exactly once, then starts its payment.
 *
 * <p>Exactly once: each subscription is handled in its own transaction that first locks its row
 * ({@code FOR UPDATE SKIP LOCKED}, so a second instance passes over it) and re-checks that it is
 * still due; the order, the cycle row (unique per subscription and cycle) and the advanced schedule
 * commit together or not at all. A crash before the commit leaves nothing; a crash after it leaves
 * an order whose payment is not started, which the next run starts ({@link CyclePayments}). The
 * scheduled run is also guarded by ShedLock, but correctness does not depend on it.
 */
@Component
public class SubscriptionGenerator {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionGenerator.class);

    private final SubscriptionRepository subscriptions;
    private final SubscriptionOrderRepository cycleOrders;
    private final SubscriptionHistory history;
    private final OrderManagement orders;
    private final CyclePayments payments;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SubscriptionGenerator(SubscriptionRepository subscriptions, SubscriptionOrderRepository cycleOrders,
            SubscriptionHistory history, OrderManagement orders, CyclePayments payments,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.subscriptions = subscriptions;
        this.cycleOrders = cycleOrders;
        this.history = history;
        this.orders = orders;
        this.payments = payments;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(LocalDate date, List<String> orderNumbers, int paymentsResumed, List<String> refused) {
    }

    @Scheduled(cron = "${orderdesk.subscriptions.generation-cron:0 */15 * * * *}", zone = "Asia/Tokyo")
    @SchedulerLock(name = "subscription-generation", lockAtMostFor = "PT30M")
    void scheduledRun() {
        Run run = run();
        if (!run.orderNumbers().isEmpty() || run.paymentsResumed() > 0 || !run.refused().isEmpty()) {
            log.info("Subscription generation {}: {} order(s), {} payment(s) resumed, {} refused", run.date(),
                    run.orderNumbers().size(), run.paymentsResumed(), run.refused().size());
        }
    }

    /**
     * Resumes unstarted payments, then orders every cycle due today (Japan date), one subscription
     * at a time. Safe to call from several instances at once and to call again.
     */
    public Run run() {
        LocalDate today = ShopTime.dateOf(clock.instant());
        int resumed = payments.startUnstarted();
        List<String> ordered = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<UUID> due = transactions.execute(tx -> subscriptions.findDueIds(today));
        for (UUID id : due) {
            try {
                transactions.execute(tx -> generate(id, today)).ifPresent(cycleOrder -> {
                    ordered.add(cycleOrder.orderNumber());
                    payments.start(cycleOrder.getId());
                });
            } catch (ProblemException problem) {
                refused.add(noteRefusal(id, problem.getMessage()));
            } catch (DataIntegrityViolationException raced) {
                // Another generator committed this cycle's order first: the unique key kept it to one.
                log.debug("Subscription {} ordered by another generator meanwhile", id);
            }
        }
        return new Run(today, ordered, resumed, refused);
    }

    /**
     * Orders one subscription's due cycle right away (the first order at a store checkout) and starts
     * its payment; empty when nothing is due or a check refused the order (noted on the subscription).
     */
    public Optional<SubscriptionOrder> orderNowIfDue(UUID subscriptionId) {
        LocalDate today = ShopTime.dateOf(clock.instant());
        Optional<SubscriptionOrder> created;
        try {
            created = transactions.execute(tx -> generate(subscriptionId, today));
        } catch (ProblemException problem) {
            noteRefusal(subscriptionId, problem.getMessage());
            return Optional.empty();
        }
        created.ifPresent(cycleOrder -> payments.start(cycleOrder.getId()));
        return created.flatMap(cycleOrder -> transactions.execute(tx -> cycleOrders.findById(cycleOrder.getId())));
    }

    private Optional<SubscriptionOrder> generate(UUID id, LocalDate today) {
        if (subscriptions.lockIfDue(id, today).isEmpty()) {
            return Optional.empty();
        }
        Subscription subscription = subscriptions.findById(id).orElseThrow();
        Optional<CyclePlan> due = subscription.dueOn(today);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        CyclePlan plan = due.get();
        Instant now = clock.instant();
        Order order = orders.placeSubscriptionOrder(content(subscription, plan, today), subscription.storeId());
        orders.recordHistory(order.id(), HistoryKind.NOTE, "定期購入 " + subscription.number() + " 第" + plan.cycle()
                + "回 (お届け予定 " + plan.deliveryDate() + ")");
        SubscriptionOrder cycleOrder = cycleOrders.saveAndFlush(new SubscriptionOrder(subscription.id(), plan.cycle(),
                plan.deliveryDate(), order.id(), order.number(), order.totals().total(), subscription.paymentMethodCode(),
                now));
        history.append(subscription.id(), subscription.ordered(plan, order.number(), now));
        subscriptions.saveAndFlush(subscription);
        return Optional.of(cycleOrder);
    }

    /**
     * The order of one cycle. Its wished delivery date is the cycle's date unless that has already
     * passed (a late run), in which case it carries none and ships as usual.
     */
    static OrderContent content(Subscription subscription, CyclePlan plan, LocalDate today) {
        LocalDate wished = plan.deliveryDate().isBefore(today) ? null : plan.deliveryDate();
        return new OrderContent(subscription.customerId(), subscription.customer(), subscription.delivery(),
                subscription.deliveryMethodCode(), subscription.paymentMethodCode(), wished, null,
                subscription.lines(), subscription.shippingFee(), subscription.paymentFee(), PriceAdjustment.NONE, 0,
                null);
    }

    private String noteRefusal(UUID id, String problem) {
        return transactions.execute(tx -> {
            Subscription subscription = subscriptions.findById(id).orElseThrow();
            if (subscription.generationRefused(problem, clock.instant())) {
                history.append(id, "Cycle " + subscription.nextCycle() + " not ordered: " + problem
                        + " (retried on every run until fixed)");
                subscriptions.save(subscription);
            }
            return subscription.number() + ": " + problem;
        });
    }
}
