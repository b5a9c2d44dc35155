package com.orderdesk.payment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.gateway.ShipmentReporting.ReportedShipment;
import com.orderdesk.shipping.Carrier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What OrderDesk told a capture-on-shipment provider about one shipment of a payment's order: the
 * slip, and whether the provider has it (REPORTED), declined it (REFUSED) or had it withdrawn.
 * Points at the operations-log entry of the last call about it, which settles its state.
 */
@Entity
@Table(name = "payment_shipment_reports")
class ShipmentReportEntry {

    enum Status {
        REPORTED,
        REFUSED,
        WITHDRAWN
    }

    @Id
    private UUID id;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Column(name = "shipment_id", nullable = false, updatable = false)
    private UUID shipmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Carrier carrier;

    @Column(name = "tracking_numbers", nullable = false)
    private String trackingNumbers;

    @Column(name = "shipped_on", nullable = false)
    private LocalDate shippedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "operation_id", nullable = false)
    private UUID operationId;

    @Column
    private @Nullable String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ShipmentReportEntry() {
    }

    ShipmentReportEntry(UUID paymentId, UUID shipmentId, ReportedShipment shipment, UUID operationId, Instant now) {
        this.id = UUID.randomUUID();
        this.paymentId = paymentId;
        this.shipmentId = shipmentId;
        sent(shipment, operationId, now);
    }

    /** A report (or a report of the changed slip) is being sent. */
    void sent(ReportedShipment shipment, UUID operationId, Instant now) {
        this.carrier = shipment.carrier();
        this.trackingNumbers = String.join(",", shipment.trackingNumbers());
        this.shippedOn = shipment.shippedOn();
        this.status = Status.REPORTED;
        this.operationId = operationId;
        this.reason = null;
        this.updatedAt = now;
    }

    /** A withdrawal is being sent; the entry stays REPORTED until the provider confirms it. */
    void withdrawing(UUID operationId, Instant now) {
        this.operationId = operationId;
        this.updatedAt = now;
    }

    void refused(String why, Instant now) {
        status = Status.REFUSED;
        reason = why.length() > 1000 ? why.substring(0, 1000) : why;
        updatedAt = now;
    }

    void withdrawn(Instant now) {
        status = Status.WITHDRAWN;
        updatedAt = now;
    }

    ReportedShipment shipment() {
        return new ReportedShipment(carrier, List.copyOf(Arrays.asList(trackingNumbers.split(","))), shippedOn);
    }

    UUID paymentId() { return paymentId; }
    UUID shipmentId() { return shipmentId; }
    Status status() { return status; }
    UUID operationId() { return operationId; }
    @Nullable String reason() { return reason; }
}
