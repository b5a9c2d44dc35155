package com.orderdesk.shipping.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.ShopTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Shipping's own record of when an order should leave the warehouse (出荷予定日), kept up to date
 * from order events: the wished delivery date when the customer gave one, otherwise the Japan date
 * the order was placed plus the shop's lead days.
 */
@Entity
@Table(name = "shipping_schedules")
public class ShippingSchedule {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_status")
    private OrderStatus orderStatus;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "wished_date")
    private @Nullable LocalDate wishedDate;

    @Column(name = "expected_ship_date")
    private LocalDate expectedShipDate;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ShippingSchedule() {
    }

    /** The wished delivery date when given, otherwise the Japan date of placing plus the lead days. */
    static LocalDate expectedShipDate(Instant placedAt, @Nullable LocalDate wishedDate, int leadDays) {
        return wishedDate != null ? wishedDate : ShopTime.dateOf(placedAt).plusDays(leadDays);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public OrderStatus orderStatus() {
        return orderStatus;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public @Nullable LocalDate wishedDate() {
        return wishedDate;
    }

    public LocalDate expectedShipDate() {
        return expectedShipDate;
    }
}
