package com.orderdesk.shipping.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderdesk.shipping.Carrier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One dispatch (発送) of some or all of an order's lines with one carrier, under one or more
 * tracking numbers (several for a multi-piece shipment). References the order by id and number only.
 */
@Entity
@Table(name = "shipments")
public class Shipment {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    private Carrier carrier;

    @Column(name = "shipped_on")
    private LocalDate shippedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipment_tracking_numbers", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "position")
    @Column(name = "tracking_number")
    private List<String> trackingNumbers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipment_lines", joinColumns = @JoinColumn(name = "shipment_id"))
    private List<ShipmentLine> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** 「出荷情報を…に送信する」: null means the payment provider's default. */
    @Column(name = "report_to_payment_provider")
    private @Nullable Boolean reportToPaymentProvider;

    @Version
    private long version;

    protected Shipment() {
    }

    Shipment(UUID orderId, String orderNumber, Carrier carrier, List<String> trackingNumbers, LocalDate shippedOn,
            List<ShipmentLine> lines, Instant at) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.carrier = carrier;
        this.trackingNumbers = new ArrayList<>(trackingNumbers);
        this.shippedOn = shippedOn;
        this.lines = new ArrayList<>(lines);
        this.createdAt = at;
        this.updatedAt = at;
    }

    void reportToPaymentProvider(@Nullable Boolean report) {
        this.reportToPaymentProvider = report;
    }

    public @Nullable Boolean reportToPaymentProvider() {
        return reportToPaymentProvider;
    }

    /**
     * Replaces carrier, numbers and date. The number list is replaced as a whole, so that Hibernate
     * deletes the old rows before inserting the new ones and the primary key (shipment, position)
     * never sees a position twice while they shift.
     */
    void change(Carrier carrier, List<String> trackingNumbers, LocalDate shippedOn, Instant at) {
        this.carrier = carrier;
        if (!this.trackingNumbers.equals(trackingNumbers)) {
            this.trackingNumbers = new ArrayList<>(trackingNumbers);
        }
        this.shippedOn = shippedOn;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Carrier carrier() {
        return carrier;
    }

    public LocalDate shippedOn() {
        return shippedOn;
    }

    public List<String> trackingNumbers() {
        return List.copyOf(trackingNumbers);
    }

    public List<ShipmentLine> lines() {
        return List.copyOf(lines);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
