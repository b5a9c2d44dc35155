package com.orderdesk.subscription.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.orderdesk.customer.CustomerManagement;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.RecurringPaymentMethods;
import com.orderdesk.payment.RecurringPaymentMethods.RecurringPaymentMethod;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shared.UnprocessableRequest;
import com.orderdesk.subscription.SubscriptionChanges;
import com.orderdesk.subscription.SubscriptionContent;
import com.orderdesk.subscription.SubscriptionInterval;
import com.orderdesk.subscription.SubscriptionNotFound;
import com.orderdesk.subscription.StaleSubscriptionVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' and integrators' commands on subscriptions. Each runs in one transaction together with
 * its history line; a refusal writes nothing.
 */
@Service
public class SubscriptionCommands {

    private final SubscriptionRepository subscriptions;
    private final SubscriptionOrderRepository cycleOrders;
    private final SubscriptionHistory history;
    private final CustomerManagement customers;
    private final RecurringPaymentMethods methods;
    private final CyclePayments payments;
    private final Clock clock;

    SubscriptionCommands(SubscriptionRepository subscriptions, SubscriptionOrderRepository cycleOrders,
            SubscriptionHistory history, CustomerManagement customers, RecurringPaymentMethods methods,
            CyclePayments payments, Clock clock) {
        this.subscriptions = subscriptions;
        this.cycleOrders = cycleOrders;
        this.history = history;
        this.customers = customers;
        this.methods = methods;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Starts a subscription for a registered customer. The first delivery defaults to today plus
     * the lead days, so its order is due at once.
     *
     * @throws UnprocessableRequest naming {@code customerId} for an unknown customer, or
     *         {@code paymentMethodCode} when the method cannot pay subscription orders (with the reason)
     * @throws InvalidInput naming {@code storedCardId} when a card method has no card (or another method has one)
     */
    @Transactional
    public Subscription start(@Nullable UUID storeId, SubscriptionContent content, String paymentMethodCode,
            @Nullable String storedCardId, SubscriptionInterval interval, @Nullable LocalDate firstDelivery) {
        boolean known = storeId == null ? customers.exists(content.customerId())
                : customers.existsInStore(content.customerId(), storeId);
        if (!known) {
            throw new UnprocessableRequest("unknown-customer", "There is no customer " + content.customerId(),
                    List.of(new FieldError("customerId", "is not a registered customer (定期購入 needs a member)")));
        }
        checkPayment(paymentMethodCode, storedCardId);
        LocalDate today = today();
        String number = "SUB-" + String.format("%06d", subscriptions.nextNumber());
        Subscription subscription = Subscription.start(number, storeId, content, paymentMethodCode, storedCardId, interval,
                firstDelivery != null ? firstDelivery : today.plusDays(content.leadDays()), today, clock.instant());
        subscriptions.save(subscription);
        history.append(subscription.id(), "Started: " + interval.describe() + ", first delivery "
                + subscription.nextDeliveryDate() + " (ordered on " + subscription.nextOrderDate() + "), "
                + subscription.lines().size() + " line(s), payment " + paymentMethodCode);
        return subscription;
    }

    @Transactional(readOnly = true)
    public Subscription find(String number) {
        return subscriptions.findByNumber(number).orElseThrow(() -> new SubscriptionNotFound(number));
    }

    /**
     * The subscription as the store API sees it: only one the store started; another store's is
     * reported exactly like one that does not exist.
     *
     * @throws SubscriptionNotFound when no subscription has this number or it belongs to another store
     */
    @Transactional(readOnly = true)
    public Subscription findForStore(String number, UUID storeId) {
        return subscriptions.findByNumber(number).filter(subscription -> subscription.belongsToStore(storeId))
                .orElseThrow(() -> new SubscriptionNotFound(number));
    }

    /**
     * @param expectedVersion the version the edit was made on; null (If-Match {@code *}) for any
     * @throws StaleSubscriptionVersion (412) when {@code expectedVersion} is not the stored version
     */
    @Transactional
    public Subscription edit(String number, @Nullable Long expectedVersion, SubscriptionChanges changes) {
        Subscription subscription = find(number);
        if (expectedVersion != null && expectedVersion != subscription.version()) {
            throw new StaleSubscriptionVersion(number, expectedVersion, subscription.version());
        }
        List<String> described = subscription.edit(changes, clock.instant());
        if (!described.isEmpty()) {
            subscriptions.saveAndFlush(subscription);
            history.append(subscription.id(), "Edited from cycle " + subscription.nextCycle() + ": "
                    + String.join("; ", described));
        }
        return subscription;
    }

    @Transactional
    public Subscription pause(String number) {
        return apply(number, subscription -> subscription.pause(clock.instant()));
    }

    @Transactional
    public Subscription resume(String number) {
        return apply(number, subscription -> subscription.resume(today(), clock.instant()));
    }

    @Transactional
    public Subscription skipNext(String number) {
        return apply(number, subscription -> subscription.skipNext(clock.instant()));
    }

    @Transactional
    public Subscription cancel(String number) {
        return apply(number, subscription -> subscription.cancel(clock.instant()));
    }

    @Transactional
    public Subscription changeInterval(String number, SubscriptionInterval interval, @Nullable LocalDate nextDelivery) {
        return apply(number, subscription -> subscription.changeInterval(interval, nextDelivery, today(), clock.instant()));
    }

    @Transactional
    public Subscription changePayment(String number, String paymentMethodCode, @Nullable String storedCardId) {
        checkPayment(paymentMethodCode, storedCardId);
        return apply(number, subscription -> subscription.changePayment(paymentMethodCode, storedCardId, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<SubscriptionHistoryRecord> history(String number) {
        return history.of(find(number).id());
    }

    @Transactional(readOnly = true)
    public List<SubscriptionOrder> orders(String number) {
        return cycleOrders.findBySubscriptionIdOrderByCycle(find(number).id());
    }

    /**
     * Authorizes a cycle order's declined card payment again with the subscription's stored card
     * (after the customer registered a new one and the operator set it on the subscription).
     */
    public PaymentDetails retryCard(String number, int cycle) {
        Subscription subscription = find(number);
        SubscriptionOrder cycleOrder = cycleOrders.findBySubscriptionIdAndCycle(subscription.id(), cycle)
                .orElseThrow(() -> new NotFound("Order of cycle", number + " #" + cycle));
        return payments.retryCard(cycleOrder, subscription);
    }

    private Subscription apply(String number, Function<Subscription, String> command) {
        Subscription subscription = find(number);
        String described = command.apply(subscription);
        subscriptions.saveAndFlush(subscription);
        history.append(subscription.id(), described);
        return subscription;
    }

    private void checkPayment(String paymentMethodCode, @Nullable String storedCardId) {
        RecurringPaymentMethod method = methods.describe(paymentMethodCode);
        method.requireAllowed();
        if (method.paysWithStoredCard() && (storedCardId == null || storedCardId.isBlank())) {
            throw new InvalidInput("storedCardId", "is required: '" + paymentMethodCode
                    + "' pays each order with the customer's stored card");
        }
        if (!method.paysWithStoredCard() && storedCardId != null) {
            throw new InvalidInput("storedCardId", "must be left out: '" + paymentMethodCode
                    + "' does not pay with a stored card");
        }
    }

    private LocalDate today() {
        return ShopTime.dateOf(clock.instant());
    }
}
