package com.orderdesk.subscription.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentStatusChanged;
import com.orderdesk.payment.RecurringPaymentMethods;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.subscription.SubscriptionOrderCreated;
import com.orderdesk.subscription.SubscriptionPaymentDeclined;
import com.orderdesk.subscription.SubscriptionStateConflict;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and follows the payment of subscription orders. The start runs after the order committed
 * and outside any transaction (provider calls must not hold one open): a claim with a short lease
 * keeps two instances from starting the same order, and the payment module's own guards (one first
 * attempt per order, one open provider call per payment) keep a retried start from paying twice.
 * Stored-card methods authorize with the subscription's card (GMO-PG 自動仮売上); others start
 * without shopper input and hand back where the shopper pays.
 */
@Component
public class CyclePayments {

    static final String INSTRUMENT_STORED_CARD = "storedCard";
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Set<String> REFUSED_OUTCOMES = Set.of("DECLINED", "FAILED");
    private static final Logger log = LoggerFactory.getLogger(CyclePayments.class);

    private final SubscriptionOrderRepository cycleOrders;
    private final SubscriptionRepository subscriptions;
    private final PaymentManagement payments;
    private final RecurringPaymentMethods methods;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CyclePayments(SubscriptionOrderRepository cycleOrders, SubscriptionRepository subscriptions,
            PaymentManagement payments, RecurringPaymentMethods methods, OrderManagement orders,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.cycleOrders = cycleOrders;
        this.subscriptions = subscriptions;
        this.payments = payments;
        this.methods = methods;
        this.orders = orders;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Starts every order whose payment a crashed or failed run left unstarted; returns how many started. */
    public int startUnstarted() {
        List<UUID> unstarted = transactions.execute(tx -> cycleOrders.findUnstarted());
        int started = 0;
        for (UUID id : unstarted) {
            if (start(id)) {
                started++;
            }
        }
        return started;
    }

    /**
     * Starts the payment of one cycle order unless another caller holds it or it already started;
     * returns whether this call started it. A refusal (provider unavailable, method gone) leaves it
     * unstarted for the next run.
     */
    public boolean start(UUID cycleOrderId) {
        Instant now = clock.instant();
        Integer claimed = transactions.execute(tx -> cycleOrders.claimPaymentStart(cycleOrderId, now, now.plus(CLAIM)));
        if (claimed == null || claimed != 1) {
            return false;
        }
        SubscriptionOrder cycleOrder = transactions.execute(tx -> cycleOrders.findById(cycleOrderId).orElseThrow());
        Subscription subscription = transactions.execute(tx -> subscriptions.findById(cycleOrder.subscriptionId()).orElseThrow());
        try {
            payments.startStorePayment(cycleOrder.orderNumber(), instrument(subscription, cycleOrder.paymentMethodCode()),
                    null);
        } catch (ProblemException refused) {
            log.warn("Payment of subscription order {} (cycle {}) not started, retried on the next run: {}",
                    cycleOrder.orderNumber(), cycleOrder.cycle(), refused.getMessage());
            return false;
        }
        transactions.executeWithoutResult(tx -> follow(cycleOrderId, true));
        return true;
    }

    /**
     * Authorizes the order's failed card payment again with the subscription's (updated) stored card.
     *
     * @throws SubscriptionStateConflict when the order's payment did not fail or is not paid by stored card
     */
    public PaymentDetails retryCard(SubscriptionOrder cycleOrder, Subscription subscription) {
        PaymentDetails current = payments.current(cycleOrder.orderNumber());
        if (current.status() != PaymentStatus.FAILED) {
            throw new SubscriptionStateConflict("subscription-payment-not-failed", "The payment of order "
                    + cycleOrder.orderNumber() + " is " + current.status() + "; only a failed card payment is retried");
        }
        if (!methods.describe(current.paymentMethodCode()).paysWithStoredCard()) {
            throw new SubscriptionStateConflict("subscription-payment-not-card", "Order " + cycleOrder.orderNumber()
                    + " is paid with " + current.paymentMethodCode() + ", not with a stored card");
        }
        payments.authorize(cycleOrder.orderNumber(), null, instrument(subscription, current.paymentMethodCode()));
        transactions.executeWithoutResult(tx -> follow(cycleOrder.getId(), false));
        return payments.current(cycleOrder.orderNumber());
    }

    /** Keeps a started cycle order's payment fields in step with the payment module. */
    @ApplicationModuleListener
    void on(PaymentStatusChanged changed) {
        cycleOrders.findByOrderId(changed.orderId()).filter(SubscriptionOrder::paymentStarted)
                .ifPresent(cycleOrder -> follow(cycleOrder.getId(), false));
    }

    private void follow(UUID cycleOrderId, boolean justStarted) {
        SubscriptionOrder cycleOrder = cycleOrders.findById(cycleOrderId).orElseThrow();
        PaymentDetails payment = payments.current(cycleOrder.orderNumber());
        Optional<PaymentDetails.Operation> refusal = payment.status() == PaymentStatus.FAILED
                ? payment.operations().stream().filter(CyclePayments::refused).reduce((first, second) -> second)
                : Optional.empty();
        String declineCode = refusal.map(PaymentDetails.Operation::providerCode).orElse(null);
        String declineMessage = refusal.map(PaymentDetails.Operation::providerMessage).orElse(null);
        cycleOrder.paymentNow(payment.paymentMethodCode(), payment.status().name(), declineCode,
                truncate(declineMessage), payment.nextAction().url(), clock.instant());
        cycleOrders.save(cycleOrder);
        if (!justStarted) {
            return;
        }
        Subscription subscription = subscriptions.findById(cycleOrder.subscriptionId()).orElseThrow();
        events.publishEvent(new SubscriptionOrderCreated(subscription.id(), subscription.number(), cycleOrder.cycle(),
                cycleOrder.orderId(), cycleOrder.orderNumber(), subscription.customerId(), subscription.customer().email(),
                cycleOrder.total(), cycleOrder.deliveryDate(), payment.paymentMethodCode(), payment.status().name(),
                payment.nextAction().url(), clock.instant()));
        if (payment.status() == PaymentStatus.FAILED) {
            orders.recordHistory(cycleOrder.orderId(), HistoryKind.PAYMENT, PaymentLabels.CARD_UNPAID + ": 定期購入 "
                    + subscription.number() + " 第" + cycleOrder.cycle() + "回の自動決済が通りませんでした"
                    + (declineCode == null ? "" : " (" + declineCode + (declineMessage == null ? "" : " " + declineMessage) + ")")
                    + "。お客様には他の決済方法をご案内ください");
            events.publishEvent(new SubscriptionPaymentDeclined(subscription.id(), subscription.number(),
                    cycleOrder.cycle(), cycleOrder.orderId(), cycleOrder.orderNumber(), subscription.customerId(),
                    subscription.customer().name(), subscription.customer().email(), cycleOrder.total(),
                    payment.paymentMethodCode(), declineCode, declineMessage, clock.instant()));
        }
    }

    private Map<String, String> instrument(Subscription subscription, String methodCode) {
        if (methods.describe(methodCode).paysWithStoredCard() && subscription.storedCardId() != null) {
            return Map.of(INSTRUMENT_STORED_CARD, subscription.storedCardId());
        }
        return Map.of();
    }

    /** A declined or failed provider call (compared by name: the outcome type is not part of payment's API). */
    private static boolean refused(PaymentDetails.Operation operation) {
        return REFUSED_OUTCOMES.contains(String.valueOf(operation.outcome()));
    }

    private static @Nullable String truncate(@Nullable String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
