package com.orderdesk.integration.internal;

import java.util.List;
import java.util.UUID;

import com.orderdesk.integration.StoreOrder;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderTotals;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentSummary;
import com.orderdesk.shipping.TrackingUrls;
import com.orderdesk.shipping.ShipmentInfo;
import com.orderdesk.shipping.ShippingManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles {@link StoreOrder}s from the order, payment and shipping modules' APIs: for the store
 * API's read-back and sync, and as the snapshot inside integration events.
 */
@Component
public class StoreOrders {

    private final OrderManagement orders;
    private final PaymentManagement payments;
    private final ShippingManagement shipping;
    private final TrackingUrls trackingUrls;

    StoreOrders(OrderManagement orders, PaymentManagement payments, ShippingManagement shipping,
            TrackingUrls trackingUrls) {
        this.orders = orders;
        this.payments = payments;
        this.shipping = shipping;
        this.trackingUrls = trackingUrls;
    }

    /**
     * The store's order with this number. Never null.
     *
     * @throws com.orderdesk.order.OrderNotFound when there is none or another store placed it
     */
    @Transactional(readOnly = true)
    public StoreOrder ofStore(String number, UUID storeId) {
        return view(orders.findForStore(number, storeId));
    }

    /** An order as its store sees it, with the store it belongs to (null for an operator's order). */
    public record Snapshot(UUID orderId, @Nullable UUID storeId, StoreOrder order) {
    }

    /** The order with this id as its store sees it (for events and the feed, whatever the caller). Never null. */
    @Transactional(readOnly = true)
    public Snapshot snapshot(UUID orderId) {
        Order order = orders.findById(orderId);
        return new Snapshot(order.id(), order.storeId(), view(order));
    }

    StoreOrder view(Order order) {
        OrderTotals totals = order.totals();
        List<StoreOrder.Line> lines = order.lines().stream().map(StoreOrders::line).toList();
        // The summaries, not PaymentManagement.payments: this runs after every payment change, and the
        // full details (operations log, references decrypted, actions) cost a dozen statements more.
        List<PaymentSummary> attempts = payments.summaries(order.id());
        StoreOrder.Payment payment = attempts.isEmpty() ? null : payment(attempts.getLast());
        List<StoreOrder.Shipment> shipments = shipping.shipmentsOf(order.id()).stream().map(this::shipment).toList();
        return new StoreOrder(order.number(), order.status().name(), order.placedAt(), order.updatedAt(),
                order.customerId(), order.paymentMethodCode(), order.deliveryMethodCode(),
                new StoreOrder.Totals(totals.subtotal(), order.shippingFee(), order.paymentFee(),
                        order.adjustment().amount(), order.usedPoints(), totals.total(), totals.taxBase10(),
                        totals.tax10(), totals.taxBase8(), totals.tax8()),
                lines, payment, shipments);
    }

    private static StoreOrder.Line line(OrderLine line) {
        return new StoreOrder.Line(line.productCode(), line.productName(), line.unitPrice(), line.quantity(),
                line.taxCategory().name(), line.amount(), line.digital());
    }

    private static StoreOrder.@Nullable Payment payment(PaymentSummary details) {
        var next = details.nextAction();
        return new StoreOrder.Payment(details.attempt(), details.paymentMethodCode(), details.provider().name(),
                details.status().name(), details.providerStatus(), details.amount(), details.capturedAmount(),
                details.refundedAmount(),
                new StoreOrder.NextAction(next.type().name(), next.url(), next.data(), next.expiresAt()));
    }

    private StoreOrder.Shipment shipment(ShipmentInfo info) {
        return new StoreOrder.Shipment(info.shipmentId(), info.carrier().name(), info.shippedOn(),
                info.trackingNumbers().stream()
                        .map(number -> new StoreOrder.Parcel(number, trackingUrls.of(info.carrier(), number)))
                        .toList());
    }
}
