package com.orderdesk.shipping.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderPaymentGuard;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shared.UnprocessableRequest;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.ShipmentAmendment;
import com.orderdesk.shipping.ShipmentAmendmentGuard;
import com.orderdesk.shipping.ShipmentChanged;
import com.orderdesk.shipping.ShipmentDeleted;
import com.orderdesk.shipping.ShipmentRegistered;
import com.orderdesk.shipping.TrackingChange;
import com.orderdesk.shipping.TrackingChangeAdvisor;
import com.orderdesk.shipping.internal.ShipmentCommands.NewShipment;
import com.orderdesk.shipping.internal.ShipmentCommands.ShipmentEdit;
import com.orderdesk.shipping.internal.ShipmentCommands.ShipmentOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes and deletes shipments. Each command is one transaction that also writes the
 * order's history line, moves the order (SHIPPED when everything is shipped, back to PROCESSING
 * when a deletion un-ships it) and publishes its event through the event publication registry,
 * so either all of it happens or nothing does.
 */
@Service
public class Shipments {

    private final ShipmentRepository shipments;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final List<TrackingChangeAdvisor> advisors;
    private final List<ShipmentAmendmentGuard> guards;
    private final Clock clock;

    private final List<OrderPaymentGuard> paymentGuards;
    private final SharedSlips slips;

    Shipments(ShipmentRepository shipments, OrderManagement orders, ApplicationEventPublisher events,
            List<TrackingChangeAdvisor> advisors, List<ShipmentAmendmentGuard> guards, Clock clock,
            List<OrderPaymentGuard> paymentGuards, SharedSlips slips) {
        this.slips = slips;
        this.paymentGuards = List.copyOf(paymentGuards);
        this.shipments = shipments;
        this.orders = orders;
        this.events = events;
        this.advisors = List.copyOf(advisors);
        this.guards = List.copyOf(guards);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Shipment> of(String orderNumber) {
        return shipments.findByOrder(orders.find(orderNumber).id());
    }

    /** @throws ShipmentNotFound when the order has no such shipment */
    @Transactional(readOnly = true)
    public Shipment get(String orderNumber, UUID shipmentId) {
        return shipmentOf(orders.find(orderNumber), shipmentId);
    }

    /**
     * @throws OrderNotShippable for a CANCELLED or COMPLETED order
     * @throws InvalidInput for a tracking number that does not fit the carrier
     * @throws TrackingNumberInUse when a number is registered already (on another order: unless the
     *         request shares the slip, 同梱)
     * @throws SharedSlipRefused when a shared slip may not cover this order too
     * @throws AlreadyFullyShipped when nothing is left to ship
     */
    @Transactional
    public ShipmentOutcome register(String orderNumber, NewShipment request) {
        Order order = orders.find(orderNumber);
        if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.COMPLETED) {
            throw new OrderNotShippable(orderNumber, order.status(), "registered");
        }
        // Partial shipments too: goods leave before the money arrived whether or not the order becomes SHIPPED.
        for (OrderPaymentGuard guard : paymentGuards) {
            guard.statusChangeRefusal(order, OrderStatus.SHIPPED, false).ifPresent(reason -> {
                throw new OrderNotShippable(orderNumber, reason);
            });
        }
        List<String> numbers = validNumbers(request.carrier(), request.trackingNumbers(), request.trackingField());
        List<String> sharedWith = slips.ordersAlreadyOn(order, request.carrier(), numbers, request.sharedSlip());
        List<Shipment> existing = shipments.findByOrder(order.id());
        int[] remaining = ShippedQuantities.remaining(order, existing);
        if (!ShippedQuantities.anyLineShips(order)) {
            throw AlreadyFullyShipped.nothingShips(orderNumber);
        }
        if (ShippedQuantities.nothingLeft(remaining)) {
            throw new AlreadyFullyShipped(orderNumber);
        }
        List<ShipmentLine> lines = request.lines() == null || request.lines().isEmpty()
                ? ShippedQuantities.allRemaining(remaining) : checkedLines(order, request.lines(), remaining);
        LocalDate shippedOn = request.shippedOn() != null ? request.shippedOn() : ShopTime.dateOf(clock.instant());
        Shipment created = new Shipment(order.id(), orderNumber, request.carrier(), numbers, shippedOn, lines,
                clock.instant());
        created.reportToPaymentProvider(request.reportToPaymentProvider());
        Shipment shipment = save(created);

        for (ShipmentLine line : lines) {
            remaining[line.lineNo() - 1] -= line.quantity();
        }
        boolean fullyShipped = ShippedQuantities.nothingLeft(remaining);
        orders.recordHistory(order.id(), HistoryKind.SHIPMENT, "Shipment registered: " + describe(shipment)
                + (fullyShipped ? " (everything shipped)" : " (partial: " + describe(lines) + ")")
                + (sharedWith.isEmpty() ? "" : "; 同梱: the slip also covers order " + String.join(", ", sharedWith)));
        OrderStatus status = order.status();
        if (fullyShipped && status.canMoveTo(OrderStatus.SHIPPED)) {
            status = orders.changeStatus(orderNumber, OrderStatus.SHIPPED).status();
        }
        events.publishEvent(new ShipmentRegistered(shipment.id(), order.id(), orderNumber, shipment.carrier(),
                shipment.trackingNumbers(), shippedOn, fullyShipped, shipment.reportToPaymentProvider(), sharedWith));
        return new ShipmentOutcome(shipment, status, fullyShipped, List.of());
    }

    /**
     * Changes carrier, tracking numbers or shipped date. A changed carrier or number asks every
     * {@link TrackingChangeAdvisor}; their warnings are returned and written to the history.
     */
    @Transactional
    public ShipmentOutcome change(String orderNumber, UUID shipmentId, ShipmentEdit edit) {
        return change(orderNumber, shipmentId, edit, null);
    }

    /**
     * As {@link #change(String, UUID, ShipmentEdit)}, if the shipment is still at the version the change was made on.
     *
     * @param expectedVersion from If-Match; null for any
     * @throws com.orderdesk.shared.StaleVersion (412) when the shipment changed since
     */
    @Transactional
    public ShipmentOutcome change(String orderNumber, UUID shipmentId, ShipmentEdit edit, @Nullable Long expectedVersion) {
        Order order = orders.find(orderNumber);
        if (order.status() == OrderStatus.CANCELLED) {
            throw new OrderNotShippable(orderNumber, order.status(), "changed");
        }
        Shipment shipment = shipmentOf(order, shipmentId);
        EntityTags.ensureCurrent(expectedVersion, shipment.version(), "shipment", shipmentId.toString());
        Carrier carrier = edit.carrier() != null ? edit.carrier() : shipment.carrier();
        List<String> numbers = edit.trackingNumbers() != null
                ? validNumbers(carrier, edit.trackingNumbers(), edit.trackingField())
                : validNumbers(carrier, shipment.trackingNumbers(), "carrier");
        LocalDate shippedOn = edit.shippedOn() != null ? edit.shippedOn() : shipment.shippedOn();
        Carrier previousCarrier = shipment.carrier();
        List<String> previousNumbers = shipment.trackingNumbers();
        LocalDate previousDate = shipment.shippedOn();
        boolean trackingChanged = carrier != previousCarrier || !numbers.equals(previousNumbers);
        boolean fullyShipped = ShippedQuantities.nothingLeft(
                ShippedQuantities.remaining(order, shipments.findByOrder(order.id())));
        if (!trackingChanged && shippedOn.equals(previousDate)) {
            return new ShipmentOutcome(shipment, order.status(), fullyShipped, List.of());
        }
        // Only numbers new to this shipment need to be free: a slip it shares already (同梱) stays shared.
        ensureUnused(numbers.stream().filter(number -> !previousNumbers.contains(number)).toList(), shipment.id());
        ensureAgreed(new ShipmentAmendment(ShipmentAmendment.Kind.CHANGE, shipment.id(), order.id(), orderNumber,
                carrier, numbers, shippedOn), previousNumbers);
        List<String> warnings = new ArrayList<>();
        if (trackingChanged) {
            TrackingChange change = new TrackingChange(order.id(), orderNumber, previousCarrier, previousNumbers,
                    carrier, numbers);
            advisors.forEach(advisor -> warnings.addAll(advisor.adviseOn(change)));
        }
        shipment.change(carrier, numbers, shippedOn, clock.instant());
        save(shipment);

        List<String> changes = new ArrayList<>();
        if (trackingChanged) {
            changes.add("tracking " + previousCarrier + " " + String.join(", ", previousNumbers) + " → " + carrier + " "
                    + String.join(", ", numbers));
        }
        if (!shippedOn.equals(previousDate)) {
            changes.add("shipped date " + previousDate + " → " + shippedOn);
        }
        orders.recordHistory(order.id(), HistoryKind.SHIPMENT, "Shipment changed: " + String.join("; ", changes));
        warnings.forEach(warning -> orders.recordHistory(order.id(), HistoryKind.SHIPMENT, "Warning: " + warning));
        events.publishEvent(new ShipmentChanged(shipment.id(), order.id(), orderNumber, carrier, numbers, shippedOn,
                previousCarrier, previousNumbers, shipment.reportToPaymentProvider()));
        return new ShipmentOutcome(shipment, order.status(), fullyShipped, List.copyOf(warnings));
    }

    /**
     * Removes a shipment registered by mistake. A SHIPPED order that is no longer fully shipped goes
     * back to PROCESSING.
     */
    @Transactional
    public OrderStatus delete(String orderNumber, UUID shipmentId) {
        Order order = orders.find(orderNumber);
        if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.COMPLETED) {
            throw new OrderNotShippable(orderNumber, order.status(), "deleted");
        }
        Shipment shipment = shipmentOf(order, shipmentId);
        ensureAgreed(new ShipmentAmendment(ShipmentAmendment.Kind.DELETE, shipment.id(), order.id(), orderNumber,
                shipment.carrier(), shipment.trackingNumbers(), shipment.shippedOn()), shipment.trackingNumbers());
        shipments.delete(shipment);
        shipments.flush();
        orders.recordHistory(order.id(), HistoryKind.SHIPMENT, "Shipment deleted: " + describe(shipment));
        OrderStatus status = order.status();
        boolean fullyShipped = ShippedQuantities.nothingLeft(
                ShippedQuantities.remaining(order, shipments.findByOrder(order.id())));
        if (status == OrderStatus.SHIPPED && !fullyShipped) {
            status = orders.changeStatus(orderNumber, OrderStatus.PROCESSING).status();
        }
        events.publishEvent(new ShipmentDeleted(shipment.id(), order.id(), orderNumber, shipment.carrier(),
                shipment.trackingNumbers(), shipment.shippedOn()));
        return status;
    }

    /** Asks every {@link ShipmentAmendmentGuard}; the first refusal stops the change. */
    private void ensureAgreed(ShipmentAmendment amendment, List<String> currentNumbers) {
        for (ShipmentAmendmentGuard guard : guards) {
            guard.refusal(amendment).ifPresent(reason -> {
                throw new ShipmentAmendmentRefused(amendment, currentNumbers, reason);
            });
        }
    }

    private Shipment shipmentOf(Order order, UUID shipmentId) {
        return shipments.findById(shipmentId).filter(found -> found.orderId().equals(order.id()))
                .orElseThrow(() -> new ShipmentNotFound(order.number(), shipmentId));
    }

    private static List<String> validNumbers(Carrier carrier, List<String> raw, String field) {
        List<FieldError> errors = new ArrayList<>();
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String path = raw.size() == 1 && !field.endsWith("s") ? field : field + "[" + i + "]";
            String number = TrackingNumbers.normalize(Objects.requireNonNullElse(raw.get(i), ""));
            int index = i;
            TrackingNumbers.problem(carrier, number).ifPresentOrElse(
                    problem -> errors.add(new FieldError(path, "'" + raw.get(index) + "' " + problem + " for " + carrier)),
                    () -> {
                        if (!numbers.add(number)) {
                            errors.add(new FieldError(path, "'" + raw.get(index) + "' is listed twice"));
                        }
                    });
        }
        if (raw.isEmpty()) {
            errors.add(new FieldError(field, "at least one tracking number is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return List.copyOf(numbers);
    }

    private void ensureUnused(List<String> numbers, @Nullable UUID self) {
        slips.lock(numbers);
        for (Shipment other : shipments.findByTrackingNumbers(numbers)) {
            if (!other.id().equals(self)) {
                String taken = other.trackingNumbers().stream().filter(numbers::contains).findFirst().orElseThrow();
                throw new TrackingNumberInUse(taken, other.orderNumber());
            }
        }
    }

    private static List<ShipmentLine> checkedLines(Order order, List<ShipmentLine> requested, int[] remaining) {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, Integer> quantities = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            ShipmentLine line = requested.get(i);
            if (line.lineNo() < 1 || line.lineNo() > remaining.length) {
                errors.add(new FieldError("lines[" + i + "].lineNo", "the order has lines 1 to " + remaining.length));
            } else if (order.lines().get(line.lineNo() - 1).digital()) {
                errors.add(new FieldError("lines[" + i + "].lineNo", "line " + line.lineNo()
                        + " is a digital line (download or service goods): it needs no parcel"));
            } else if (quantities.merge(line.lineNo(), line.quantity(), Integer::sum) > remaining[line.lineNo() - 1]) {
                errors.add(new FieldError("lines[" + i + "].quantity", "only " + remaining[line.lineNo() - 1]
                        + " of line " + line.lineNo() + " are left to ship"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableRequest("lines-not-shippable", "The lines cannot be shipped as requested", errors);
        }
        return quantities.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new ShipmentLine(entry.getKey(), entry.getValue())).toList();
    }

    /** Numbers are serialised by {@link SharedSlips#lock}; a constraint violation here is still a conflict, never a 500. */
    private Shipment save(Shipment shipment) {
        try {
            return shipments.saveAndFlush(shipment);
        } catch (DataIntegrityViolationException raced) {
            throw new TrackingNumberInUse(String.join(", ", shipment.trackingNumbers()));
        }
    }

    private static String describe(Shipment shipment) {
        return shipment.carrier() + " " + String.join(", ", shipment.trackingNumbers()) + ", shipped " + shipment.shippedOn();
    }

    private static String describe(List<ShipmentLine> lines) {
        return String.join(", ", lines.stream().map(line -> "line " + line.lineNo() + " × " + line.quantity()).toList());
    }
}
