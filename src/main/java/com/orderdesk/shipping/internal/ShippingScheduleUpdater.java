package com.orderdesk.shipping.internal;

import java.time.Clock;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderAmountChanged;
import com.orderdesk.order.OrderCancelled;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderNotFound;
import com.orderdesk.order.OrderPlaced;
import com.orderdesk.order.OrderStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ShippingSchedule} in step with orders by listening to order events (after their
 * commit, recorded by the event publication registry). Listeners run concurrently and may see
 * events out of order, so each one re-reads the order's current state through
 * {@link OrderManagement#find} (never SQL on order tables) and upserts the row: idempotent, and
 * the last writer always writes the latest truth. They run without a surrounding transaction
 * ({@code NOT_SUPPORTED}): the read and the upsert are each atomic, and a failed read does not poison a
 * transaction the upsert would need.
 */
@Component
class ShippingScheduleUpdater {

    private static final Logger log = LoggerFactory.getLogger(ShippingScheduleUpdater.class);

    private final ShippingScheduleRepository schedules;
    private final OrderManagement orders;
    private final ShippingProperties properties;
    private final Clock clock;

    ShippingScheduleUpdater(ShippingScheduleRepository schedules, OrderManagement orders, ShippingProperties properties,
            Clock clock) {
        this.schedules = schedules;
        this.orders = orders;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced placed) {
        refresh(placed.orderNumber());
    }

    /** An edit of amounts may come with a new delivery wish, so the schedule is read again. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderAmountChanged changed) {
        refresh(changed.orderNumber());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderStatusChanged changed) {
        refresh(changed.orderNumber());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderCancelled cancelled) {
        refresh(cancelled.orderNumber());
    }

    private void refresh(String orderNumber) {
        Order order;
        try {
            order = orders.find(orderNumber);
        } catch (OrderNotFound gone) {
            // Orders are never deleted in the application; only a wiped test database gets here.
            log.warn("Order {} no longer exists; no shipping schedule kept", orderNumber);
            return;
        }
        schedules.upsert(order.id(), order.number(), order.status().name(), order.placedAt(), order.deliveryDate(),
                ShippingSchedule.expectedShipDate(order.placedAt(), order.deliveryDate(), properties.leadDays()),
                clock.instant());
    }
}
