package com.orderdesk.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.TaxCategory;
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
 * The order aggregate. Its totals are always those {@link OrderTotals#calculate} gives for its
 * current amounts; its status only moves along {@link OrderStatus#next()}.
 */
@Entity(name = "ShopOrder")
@Table(name = "orders")
public class Order implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String number;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Embedded
    private CustomerDetails customer;

    @Embedded
    private DeliveryAddress delivery;

    @Column(name = "customer_id")
    private @Nullable UUID customerId;

    /** The integrator's store that placed the order through the store API; null for an operator's order. */
    @Column(name = "store_id", updatable = false)
    private @Nullable UUID storeId;

    @Column(name = "delivery_method_code")
    private @Nullable String deliveryMethodCode;

    @Column(name = "payment_method_code")
    private @Nullable String paymentMethodCode;

    /**
     * The latest unified payment status reported by the payment module (denormalised for search).
     * Read-only here: written by {@code OrderRepository.recordPaymentProgress} without touching the
     * version, so a background payment update never makes an operator's edit fail as stale.
     */
    @Column(name = "payment_status", insertable = false, updatable = false)
    private @Nullable String paymentStatus;

    /**
     * Whether the payment module says the order may ship on its payment (money secured, amount and
     * total not in disagreement); written beside {@link #paymentStatus} the same way, null without one.
     */
    @Column(name = "payment_secured", insertable = false, updatable = false)
    private @Nullable Boolean paymentSecured;

    @Column(name = "delivery_date")
    private @Nullable LocalDate deliveryDate;

    @Column(name = "delivery_time_slot")
    private @Nullable String deliveryTimeSlot;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "shipping_fee", nullable = false)
    private long shippingFee;

    @Column(name = "payment_fee", nullable = false)
    private long paymentFee;

    @Embedded
    private PriceAdjustment adjustment;

    @Column(name = "used_points", nullable = false)
    private long usedPoints;

    /** 値引き recorded after the sale, oldest first (see {@link #discount}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_discounts", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "discount_no")
    private List<OrderDiscount> discounts = new ArrayList<>();

    @Embedded
    private OrderTotals totals;

    @Column(name = "customer_note")
    private @Nullable String customerNote;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Ids are assigned here, so Spring Data must be told a new order is new (persist, not merge). */
    @Transient
    private boolean isNew;

    protected Order() {
    }

    private Order(String number, OrderChannel channel, OrderContent content, Instant placedAt, @Nullable UUID storeId) {
        this.id = UUID.randomUUID();
        this.storeId = storeId;
        this.isNew = true;
        this.number = number;
        this.channel = channel;
        this.placedAt = placedAt;
        this.updatedAt = placedAt;
        this.status = OrderStatus.NEW;
        this.customer = content.customer();
        this.delivery = content.delivery() != null ? content.delivery() : content.customer().asDeliveryAddress();
        this.customerId = content.customerId();
        this.deliveryMethodCode = content.deliveryMethodCode();
        this.paymentMethodCode = content.paymentMethodCode();
        this.deliveryDate = content.deliveryDate();
        this.deliveryTimeSlot = content.deliveryTimeSlot();
        this.lines = new ArrayList<>(content.lines());
        this.shippingFee = content.shippingFee();
        this.paymentFee = content.paymentFee();
        this.adjustment = content.adjustment();
        this.usedPoints = content.usedPoints();
        this.customerNote = content.customerNote();
        this.totals = recalculate();
    }

    static Order place(String number, OrderChannel channel, OrderContent content, Instant placedAt,
            @Nullable UUID storeId) {
        return new Order(number, channel, content, placedAt, storeId);
    }

    /**
     * Applies an edit and returns a readable line per change for the history (empty when nothing
     * changed).
     *
     * @throws OrderClosedForEdit when the order is CANCELLED, or COMPLETED and the edit touches amounts
     */
    List<String> apply(OrderChanges changes, Instant at) {
        if (status == OrderStatus.CANCELLED) {
            throw new OrderClosedForEdit(number, status, "a cancelled order cannot be edited");
        }
        if (changes.touchesAmounts() && !status.allowsAmountEdits()) {
            throw new OrderClosedForEdit(number, status,
                    "lines, fees, adjustment and points of a " + status + " order cannot change");
        }
        List<String> described = new ArrayList<>();
        if (changes.customer() != null && !changes.customer().equals(customer)) {
            customer = changes.customer();
            described.add("customer details changed");
        }
        if (changes.delivery() != null && !changes.delivery().equals(delivery)) {
            delivery = changes.delivery();
            described.add("delivery address changed");
        }
        if (changes.deliveryMethodCode() != null && !changes.deliveryMethodCode().equals(deliveryMethodCode)) {
            described.add("delivery method " + display(deliveryMethodCode) + " → " + changes.deliveryMethodCode());
            deliveryMethodCode = changes.deliveryMethodCode();
        }
        if (changes.paymentMethodCode() != null && !changes.paymentMethodCode().equals(paymentMethodCode)) {
            described.add("payment method " + display(paymentMethodCode) + " → " + changes.paymentMethodCode());
            paymentMethodCode = changes.paymentMethodCode();
        }
        applyDeliveryWish(changes, described);
        if (changes.lines() != null && !changes.lines().equals(lines)) {
            described.add("lines changed (" + lines.size() + " → " + changes.lines().size() + " lines)");
            lines = new ArrayList<>(changes.lines());
        }
        shippingFee = changedAmount("shipping fee", shippingFee, changes.shippingFee(), described);
        paymentFee = changedAmount("payment fee", paymentFee, changes.paymentFee(), described);
        usedPoints = changedAmount("used points", usedPoints, changes.usedPoints(), described);
        if (changes.adjustment() != null && !changes.adjustment().equals(adjustment)) {
            described.add("adjustment " + yen(adjustment.amount()) + " → " + yen(changes.adjustment().amount())
                    + " (" + changes.adjustment().label() + ")");
            adjustment = changes.adjustment();
        }
        if (changes.customerNote() != null && !changes.customerNote().equals(customerNote)) {
            customerNote = changes.customerNote();
            described.add("customer note changed");
        }
        OrderTotals previous = totals;
        totals = recalculate();
        if (previous.total() != totals.total()) {
            described.add("total " + yen(previous.total()) + " → " + yen(totals.total()));
        }
        if (!described.isEmpty()) {
            updatedAt = at;
        }
        return described;
    }

    /**
     * Records a 値引き after the sale: the split's parts are taken off their tax rates' bases. Allowed
     * in every status but CANCELLED, COMPLETED included, and repeatable: the manual's 一部返金 is
     * followed by exactly this edit, also on a completed order (受注完了明細, manual 10-5), while a
     * cancelled order can no longer be edited (manual 8-補足②). Returns the history line.
     *
     * @throws OrderClosedForEdit when the order is CANCELLED
     * @throws InvalidInput naming {@code amount10} / {@code amount8} when a part exceeds its rate's base
     */
    String discount(DiscountRequest.Split split, String label, Instant at) {
        List<OrderDiscount> added = withDiscount(split, label, at);
        OrderTotals previous = totals;
        discounts = added;
        totals = recalculate();
        updatedAt = at;
        return "値引き " + label + " 10%対象 " + yen(-split.amount10()) + " / 8%対象 " + yen(-split.amount8())
                + "; total " + yen(previous.total()) + " → " + yen(totals.total());
    }

    /** The discounts after adding {@code split}, checked against the order; changes nothing. */
    List<OrderDiscount> withDiscount(DiscountRequest.Split split, String label, Instant at) {
        if (status == OrderStatus.CANCELLED) {
            throw new OrderClosedForEdit(number, status, "a cancelled order cannot be edited");
        }
        List<FieldError> errors = new ArrayList<>();
        if (split.amount10() > totals.taxBase10()) {
            errors.add(new FieldError("amount10", "exceeds the order's 10% base of " + yen(totals.taxBase10())));
        }
        if (split.amount8() > totals.taxBase8()) {
            errors.add(new FieldError("amount8", "exceeds the order's 8% base of " + yen(totals.taxBase8())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<OrderDiscount> added = new ArrayList<>(discounts);
        for (TaxCategory rate : List.of(TaxCategory.STANDARD_10, TaxCategory.REDUCED_8)) {
            if (split.of(rate) > 0) {
                added.add(new OrderDiscount(split.of(rate), rate, label, at));
            }
        }
        OrderTotals next = OrderTotals.calculate(lines, shippingFee, paymentFee, adjustment, added, usedPoints);
        if (next.taxBase10() < 0 || next.taxBase8() < 0) {
            // Used points shift between the rates with the bases; a base may not go below zero.
            String rate = next.taxBase10() < 0 ? "10" : "8";
            throw new InvalidInput("amount" + rate, "would take the order's " + rate + "% base below zero");
        }
        return added;
    }

    private void applyDeliveryWish(OrderChanges changes, List<String> described) {
        LocalDate newDate = changes.clearDeliveryWish() ? null : changes.deliveryDate() != null ? changes.deliveryDate() : deliveryDate;
        String newSlot = changes.clearDeliveryWish() ? null : changes.deliveryTimeSlot() != null ? changes.deliveryTimeSlot() : deliveryTimeSlot;
        if (!Objects.equals(newDate, deliveryDate) || !Objects.equals(newSlot, deliveryTimeSlot)) {
            described.add("delivery wish " + display(deliveryDate) + " " + display(deliveryTimeSlot)
                    + " → " + display(newDate) + " " + display(newSlot));
            deliveryDate = newDate;
            deliveryTimeSlot = newSlot;
        }
    }

    /**
     * Moves the order to another status.
     *
     * @throws IllegalStatusTransition when {@link OrderStatus#next()} does not allow it
     */
    void moveTo(OrderStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransition(number, status, target);
        }
        status = target;
        updatedAt = at;
    }

    private OrderTotals recalculate() {
        return OrderTotals.calculate(lines, shippingFee, paymentFee, adjustment, discounts, usedPoints);
    }

    private static long changedAmount(String label, long current, @Nullable Long requested, List<String> described) {
        if (requested == null || requested == current) {
            return current;
        }
        described.add(label + " " + yen(current) + " → " + yen(requested));
        return requested;
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }

    private static String display(@Nullable Object value) {
        return value == null ? "(none)" : value.toString();
    }

    public UUID id() {
        return id;
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

    public String number() {
        return number;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public OrderChannel channel() {
        return channel;
    }

    public OrderStatus status() {
        return status;
    }

    public CustomerDetails customer() {
        return customer;
    }

    public DeliveryAddress delivery() {
        return delivery;
    }

    public @Nullable UUID customerId() {
        return customerId;
    }

    public @Nullable UUID storeId() {
        return storeId;
    }

    /** Whether the store API of this store may see the order (only the store that placed it). */
    public boolean belongsToStore(UUID store) {
        return store.equals(storeId);
    }

    public @Nullable String deliveryMethodCode() {
        return deliveryMethodCode;
    }

    public @Nullable String paymentMethodCode() {
        return paymentMethodCode;
    }

    public @Nullable String paymentStatus() {
        return paymentStatus;
    }

    /**
     * 出荷可: still to ship (NEW or PROCESSING) and either without a provider payment or with one
     * the payment module reports as secured; the same rule as the order list's {@code readyToShip}.
     */
    public boolean readyToShip() {
        return (status == OrderStatus.NEW || status == OrderStatus.PROCESSING)
                && (paymentStatus == null || Boolean.TRUE.equals(paymentSecured));
    }

    public @Nullable LocalDate deliveryDate() {
        return deliveryDate;
    }

    public @Nullable String deliveryTimeSlot() {
        return deliveryTimeSlot;
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

    public PriceAdjustment adjustment() {
        return adjustment;
    }

    /** 値引き recorded after the sale, oldest first; empty when none. */
    public List<OrderDiscount> discounts() {
        return List.copyOf(discounts);
    }

    public long usedPoints() {
        return usedPoints;
    }

    public OrderTotals totals() {
        return totals;
    }

    public @Nullable String customerNote() {
        return customerNote;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
