package com.orderdesk.shipping;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.shipping.internal.DeliveryMethod;
import com.orderdesk.shipping.internal.DeliveryMethodRepository;
import com.orderdesk.shipping.internal.Shipment;
import com.orderdesk.shipping.internal.ShipmentRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipping module's API for modules above it (payment): delivery methods with the payment
 * methods they allow, and an order's shipments with their tracking numbers. Read-only; shipments
 * change through the admin API and are announced by {@link ShipmentRegistered},
 * {@link ShipmentChanged} and {@link ShipmentDeleted}.
 */
@Service
public class ShippingManagement {

    private final DeliveryMethodRepository deliveryMethods;
    private final ShipmentRepository shipments;

    ShippingManagement(DeliveryMethodRepository deliveryMethods, ShipmentRepository shipments) {
        this.deliveryMethods = deliveryMethods;
        this.shipments = shipments;
    }

    /** The delivery method with this code (retired ones included, {@code active} false); never null. */
    @Transactional(readOnly = true)
    public Optional<DeliveryMethodInfo> deliveryMethod(String code) {
        return deliveryMethods.findByCode(code).map(ShippingManagement::info);
    }

    /** The active delivery methods, by code; never null. */
    @Transactional(readOnly = true)
    public List<DeliveryMethodInfo> activeDeliveryMethods() {
        return deliveryMethods.findAllByCode().stream().filter(method -> !method.retired())
                .map(ShippingManagement::info).toList();
    }

    /** The order's shipments, oldest first; empty when none. Never null. */
    @Transactional(readOnly = true)
    public List<ShipmentInfo> shipmentsOf(UUID orderId) {
        return shipments.findByOrder(orderId).stream().map(ShippingManagement::info).toList();
    }

    /** The latest shipments across orders, most recently registered first, at most {@code limit} (1..500). */
    @Transactional(readOnly = true)
    public List<ShipmentInfo> recentShipments(int limit) {
        return shipments.findAll(PageRequest.of(0, Math.clamp(limit, 1, 500),
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
                .map(ShippingManagement::info).getContent();
    }

    private static ShipmentInfo info(Shipment shipment) {
        return new ShipmentInfo(shipment.id(), shipment.orderId(), shipment.orderNumber(), shipment.carrier(),
                shipment.trackingNumbers(), shipment.shippedOn());
    }

    private static DeliveryMethodInfo info(DeliveryMethod method) {
        return new DeliveryMethodInfo(method.code(), method.name(), method.carrier(), !method.retired(),
                method.dateWishAllowed(), method.timeSlotWishAllowed(), method.paymentMethodCodes());
    }
}
