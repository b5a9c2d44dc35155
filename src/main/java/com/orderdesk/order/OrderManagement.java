package com.orderdesk.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.order.internal.OrderHistoryRecord;
import com.orderdesk.order.internal.OrderHistoryRepository;
import com.orderdesk.order.internal.OrderRepository;
import com.orderdesk.order.internal.OrderSearchQuery;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order module's API: register, edit, move and search orders, and read or append to their
 * change history. Every command runs in one transaction that also stores its history line and its
 * events (via the event publication registry), so either all of it happens or none.
 */
@Service
@EnableConfigurationProperties(OrderProperties.class)
public class OrderManagement {

    private final OrderRepository orders;
    private final OrderHistoryRepository history;
    private final OrderSearchQuery searchQuery;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String numberPrefix;
    private final List<OrderCheck> checks;
    private final List<OrderPaymentGuard> paymentGuards;

    OrderManagement(OrderRepository orders, OrderHistoryRepository history, OrderSearchQuery searchQuery,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock,
            OrderProperties properties, List<OrderCheck> checks, List<OrderPaymentGuard> paymentGuards) {
        this.paymentGuards = List.copyOf(paymentGuards);
        this.orders = orders;
        this.history = history;
        this.searchQuery = searchQuery;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.numberPrefix = properties.numberPrefix();
        this.checks = List.copyOf(checks);
    }

    /**
     * Registers a new order in status NEW with a fresh number, records its creation and publishes
     * {@link OrderPlaced}. Never returns null.
     *
     * @throws NegativeOrderTotal when the amounts add up to less than zero
     */
    @Transactional
    public Order place(OrderChannel channel, OrderContent content) {
        return place(channel, content, null);
    }

    /**
     * Places an order through the store API for the integrator's store: as {@link #place}, and the
     * order belongs to {@code storeId}, the only store that can reach it again. Never returns null.
     *
     * @throws NegativeOrderTotal when the amounts add up to less than zero
     */
    @Transactional
    public Order placeForStore(UUID storeId, OrderContent content) {
        return place(OrderChannel.STORE, content, storeId);
    }

    /**
     * Places the order of a subscription cycle (channel SUBSCRIPTION), belonging to the store that
     * started the subscription through the store API, or to none for an operator's subscription.
     * Never returns null.
     *
     * @throws NegativeOrderTotal when the amounts add up to less than zero
     */
    @Transactional
    public Order placeSubscriptionOrder(OrderContent content, @Nullable UUID storeId) {
        return place(OrderChannel.SUBSCRIPTION, content, storeId);
    }

    private Order place(OrderChannel channel, OrderContent content, @Nullable UUID storeId) {
        String number = numberPrefix + String.format("%06d", orders.nextNumber());
        Order order = Order.place(number, channel, content, clock.instant(), storeId);
        checks.forEach(check -> check.verify(order, true));
        orders.save(order);
        append(order.id(), HistoryKind.CREATED, "Order registered via " + channel + ": "
                + order.lines().size() + " line(s), total " + Order.yen(order.totals().total()));
        events.publishEvent(OrderPlaced.of(order));
        return order;
    }

    /** @throws OrderNotFound when no order has this number */
    @Transactional(readOnly = true)
    public Order find(String number) {
        return orders.findByNumber(number).orElseThrow(() -> new OrderNotFound(number));
    }

    /**
     * The order with this number as the store API sees it: only an order the store placed. Another
     * store's order is reported exactly like one that does not exist, so numbers cannot be probed.
     *
     * @throws OrderNotFound when no order has this number or it belongs to another store
     */
    @Transactional(readOnly = true)
    public Order findForStore(String number, UUID storeId) {
        return orders.findByNumber(number).filter(order -> order.belongsToStore(storeId))
                .orElseThrow(() -> new OrderNotFound(number));
    }

    /**
     * The order with this id; for modules that hold an id from an event. Never null.
     *
     * @throws OrderNotFound when no order has this id
     */
    @Transactional(readOnly = true)
    public Order findById(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new OrderNotFound(orderId.toString()));
    }

    /**
     * Applies an edit. When {@code expectedVersion} is given it must be the stored version. An edit
     * publishes {@link OrderEdited}, and a change of total also {@link OrderAmountChanged}; an edit
     * that changes nothing writes nothing.
     *
     * @throws StaleOrderVersion when the order moved on since {@code expectedVersion}
     * @throws OrderClosedForEdit when the status forbids the edit
     * @throws BuyerChangeNeedsConfirmation when the buyer changes, the payment advises against it
     *         ({@link OrderPaymentGuard#buyerChangeCaution}) and the edit does not confirm it
     */
    @Transactional
    public Order edit(String number, @Nullable Long expectedVersion, OrderChanges changes) {
        Order order = find(number);
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw new StaleOrderVersion(number, expectedVersion, order.version());
        }
        long previousTotal = order.totals().total();
        String previousPaymentMethod = order.paymentMethodCode();
        List<String> buyerCautions = buyerCautions(order, changes);
        List<String> described = order.apply(changes, clock.instant());
        if (described.isEmpty()) {
            return order;
        }
        checks.forEach(check -> check.verify(order, false));
        orders.saveAndFlush(order);
        append(order.id(), HistoryKind.EDITED, String.join("; ", described));
        buyerCautions.forEach(caution -> append(order.id(), HistoryKind.EDITED, "警告 (購入者情報の変更を確認済み): " + caution));
        events.publishEvent(new OrderEdited(order.id(), number, described, order.updatedAt()));
        if (previousTotal != order.totals().total()) {
            events.publishEvent(new OrderAmountChanged(order.id(), number, previousTotal, order.totals().total()));
        }
        if (order.paymentMethodCode() != null && !order.paymentMethodCode().equals(previousPaymentMethod)) {
            events.publishEvent(new OrderPaymentMethodChanged(order.id(), number, previousPaymentMethod,
                    order.paymentMethodCode(), order.totals().total()));
        }
        return order;
    }

    /**
     * What the payment says about changing this order's buyer (購入者情報) when the edit does; refused
     * before anything is applied unless the operator confirmed it, else kept for the history.
     *
     * @throws BuyerChangeNeedsConfirmation when there is a caution and no confirmation
     */
    private List<String> buyerCautions(Order order, OrderChanges changes) {
        if (changes.customer() == null || changes.customer().equals(order.customer())) {
            return List.of();
        }
        List<String> cautions = paymentGuards.stream()
                .flatMap(guard -> guard.buyerChangeCaution(order).stream()).toList();
        if (!cautions.isEmpty() && !changes.buyerChangeConfirmed()) {
            throw new BuyerChangeNeedsConfirmation(order.number(), cautions);
        }
        return cautions;
    }

    /**
     * The parts per tax rate a {@link DiscountRequest} would take off the order now, checked as
     * {@link #discount} checks them but written nowhere: for a caller that must know the discount
     * is possible before it moves money (a refund) for it. Never null.
     *
     * @throws InvalidInput naming the field when the request or a part does not fit the order
     * @throws OrderClosedForEdit when the order is CANCELLED
     */
    @Transactional(readOnly = true)
    public DiscountRequest.Split previewDiscount(String number, DiscountRequest request) {
        request.verifyShape();
        Order order = find(number);
        DiscountRequest.Split split = splitFor(order, request);
        order.withDiscount(split, request.labelOrDefault(), clock.instant());
        return split;
    }

    /**
     * Records a 値引き after the sale (see {@link Order#discount}), also on a COMPLETED order, and
     * publishes {@link OrderEdited} and {@link OrderAmountChanged} like an edit of the total. Never
     * returns null.
     *
     * @throws InvalidInput naming the field when the request or a part does not fit the order
     * @throws OrderClosedForEdit when the order is CANCELLED
     * @throws StaleOrderVersion when {@code expectedVersion} is given and the order moved on
     */
    @Transactional
    public Order discount(String number, @Nullable Long expectedVersion, DiscountRequest request) {
        request.verifyShape();
        Order order = find(number);
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw new StaleOrderVersion(number, expectedVersion, order.version());
        }
        long previousTotal = order.totals().total();
        String described = order.discount(splitFor(order, request), request.labelOrDefault(), clock.instant());
        orders.saveAndFlush(order);
        append(order.id(), HistoryKind.EDITED, described);
        events.publishEvent(new OrderEdited(order.id(), number, List.of(described), order.updatedAt()));
        events.publishEvent(new OrderAmountChanged(order.id(), number, previousTotal, order.totals().total()));
        return order;
    }

    private static DiscountRequest.Split splitFor(Order order, DiscountRequest request) {
        if (request.amount() != null && request.amount() > order.totals().total()) {
            throw new InvalidInput("amount", "exceeds the order total of " + Order.yen(order.totals().total()));
        }
        return request.splitFor(order.totals());
    }

    /**
     * Moves one order to another status, publishing {@link OrderStatusChanged} and, for CANCELLED,
     * {@link OrderCancelled}.
     *
     * @throws IllegalStatusTransition when the move is not allowed
     */
    public Order changeStatus(String number, OrderStatus target) {
        return changeStatus(number, target, null);
    }

    /**
     * As {@link #changeStatus(String, OrderStatus)}; a cancel with {@code refundedOutside} (the
     * operator's account of the refund) goes ahead although the payment cannot be cancelled, and the
     * payment records that refund.
     *
     * @throws PaymentCannotFollow when the payment cannot follow and no refund outside was recorded
     */
    public Order changeStatus(String number, OrderStatus target, @Nullable String refundedOutside) {
        return transactions.execute(tx -> moveTo(number, target, refundedOutside));
    }

    /**
     * The result of one order in a bulk status change: moved, or why not. {@code warnings} are what
     * the payment said while the order moved (e.g. a payment that was not captured, and why), also
     * written to the order's history; empty when none.
     */
    public record StatusChangeResult(String number, boolean succeeded, @Nullable OrderStatus status,
            @Nullable String errorType, @Nullable String error, List<String> warnings) {

        public StatusChangeResult {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Moves many orders, each in its own transaction: one refusal never stops the others.
     * Never returns null; one result per requested number, in request order.
     */
    public List<StatusChangeResult> changeStatuses(List<String> numbers, OrderStatus target) {
        List<StatusChangeResult> results = new ArrayList<>();
        for (String number : numbers) {
            try {
                List<String> warnings = new ArrayList<>();
                Order moved = transactions.execute(tx -> moveTo(number, target, null, warnings));
                results.add(new StatusChangeResult(number, true, moved.status(), null, null, warnings));
            } catch (ProblemException refused) {
                results.add(new StatusChangeResult(number, false, null, refused.type(), refused.getMessage(), List.of()));
            } catch (OptimisticLockingFailureException raced) {
                results.add(new StatusChangeResult(number, false, null, "stale-version",
                        "Order " + number + " was changed by someone else at the same moment; try again", List.of()));
            }
        }
        return results;
    }

    private Order moveTo(String number, OrderStatus target, @Nullable String refundedOutside) {
        return moveTo(number, target, refundedOutside, new ArrayList<>());
    }

    /** As {@link #moveTo(String, OrderStatus, String)}, adding the payment's warnings to {@code warned}. */
    private Order moveTo(String number, OrderStatus target, @Nullable String refundedOutside, List<String> warned) {
        Order order = find(number);
        OrderStatus from = order.status();
        boolean outside = refundedOutside != null && !refundedOutside.isBlank();
        if (from != target) {
            for (OrderPaymentGuard guard : paymentGuards) {
                guard.statusChangeRefusal(order, target, outside).ifPresent(reason -> {
                    throw new PaymentCannotFollow(number, target, reason);
                });
            }
        }
        List<String> warnings = from == target ? List.of()
                : paymentGuards.stream().flatMap(guard -> guard.statusChangeWarnings(order, target).stream()).toList();
        order.moveTo(target, clock.instant());
        orders.saveAndFlush(order);
        append(order.id(), HistoryKind.STATUS_CHANGED, "Status " + from + " → " + target);
        warnings.forEach(warning -> append(order.id(), HistoryKind.STATUS_CHANGED, "警告: " + warning));
        warned.addAll(warnings);
        events.publishEvent(new OrderStatusChanged(order.id(), number, from, target));
        if (target == OrderStatus.CANCELLED) {
            events.publishEvent(new OrderCancelled(order.id(), number, order.totals().total(),
                    outside ? refundedOutside.strip() : null));
        }
        return order;
    }

    /**
     * Keeps the order's payment summary (used by the order list's payment-status, ready-to-ship and needs-attention filters) in step
     * with the payment module. Idempotent, and an older report never overwrites a newer one.
     */
    @ApplicationModuleListener
    void on(OrderPaymentProgress progress) {
        orders.recordPaymentProgress(progress.orderId(), progress.paymentStatus(), progress.paymentSecured(),
                progress.paymentNeedsAttention(), progress.occurredAt());
    }

    /** The order's change history, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String number) {
        Order order = find(number);
        return history.findTimeline(order.id()).stream().map(OrderHistoryRecord::toEntry).toList();
    }

    /**
     * Appends a line to an order's history on behalf of another module (payment operations,
     * notifications, shipments), inside the caller's transaction when there is one. The acting user
     * is taken from the security context ({@code system} when none).
     */
    @Transactional
    public void recordHistory(UUID orderId, HistoryKind kind, String description) {
        append(orderId, kind, description);
    }

    /**
     * Searches the ledger, newest first.
     *
     * @throws InvalidInput naming {@code paymentStatus} and the allowed values for an unknown one
     */
    @Transactional(readOnly = true)
    public OrderPage search(OrderSearchCriteria criteria) {
        String paymentStatus = criteria.paymentStatus();
        if (paymentStatus != null && !paymentGuards.isEmpty()) {
            List<String> allowed = paymentGuards.getFirst().paymentStatuses();
            if (!allowed.contains(paymentStatus.strip().toUpperCase(java.util.Locale.ROOT))) {
                throw new InvalidInput("paymentStatus", "unknown value '" + paymentStatus + "'; allowed: "
                        + String.join(", ", allowed));
            }
        }
        OrderPage page = searchQuery.search(criteria);
        if (paymentGuards.isEmpty() || page.items().isEmpty()) {
            return page;
        }
        Map<String, String> words = paymentGuards.getFirst().statusWords(
                page.items().stream().map(OrderSummary::number).toList());
        return new OrderPage(page.items().stream().map(item -> item.withPaymentStatusWord(words.get(item.number())))
                .toList(), page.page(), page.size(), page.totalElements(), page.totalExact());
    }

    /** The provider's word for the order's current payment (仮売上, 入金済み …), null when there is none. */
    @Transactional(readOnly = true)
    public @Nullable String paymentStatusWord(Order order) {
        return paymentGuards.isEmpty() ? null
                : paymentGuards.getFirst().statusWords(List.of(order.number())).get(order.number());
    }

    private void append(UUID orderId, HistoryKind kind, String description) {
        history.save(new OrderHistoryRecord(orderId, clock.instant(), CurrentActor.name(), kind, description));
    }
}
