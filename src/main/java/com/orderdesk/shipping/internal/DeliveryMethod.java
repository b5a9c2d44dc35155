package com.orderdesk.shipping.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.modulith.NamedInterface;

/**
 * A delivery method (配送方法) the shop offers: its carrier, fee, whether a delivery date or time slot
 * may be wished, and which payment methods go with it (the seeds enable each payment method per
 * delivery method). Retired methods stay known so that old orders keep validating.
 */
@Entity
@Table(name = "delivery_methods")
@NamedInterface("delivery-methods")
public class DeliveryMethod {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private Carrier carrier;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_type")
    private FeeType feeType;

    @Column(name = "base_fee")
    private long baseFee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_method_fees", joinColumns = @JoinColumn(name = "delivery_method_id"))
    @MapKeyColumn(name = "prefecture")
    @Column(name = "fee")
    private Map<String, Long> prefectureFees = new LinkedHashMap<>();

    @Column(name = "date_wish_allowed")
    private boolean dateWishAllowed;

    @Column(name = "time_slot_wish_allowed")
    private boolean timeSlotWishAllowed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_method_payment_methods", joinColumns = @JoinColumn(name = "delivery_method_id"))
    @Column(name = "payment_method_code")
    private Set<String> paymentMethodCodes = new LinkedHashSet<>();

    private boolean retired;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DeliveryMethod() {
    }

    DeliveryMethod(String code, DeliveryMethodData data, Instant at) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.createdAt = at;
        apply(data, at);
    }

    void apply(DeliveryMethodData data, Instant at) {
        name = data.name();
        carrier = data.carrier();
        feeType = data.feeType();
        baseFee = data.baseFee();
        prefectureFees = new LinkedHashMap<>(data.feeType() == FeeType.FLAT ? Map.of() : data.prefectureFees());
        dateWishAllowed = data.dateWishAllowed();
        timeSlotWishAllowed = data.timeSlotWishAllowed();
        paymentMethodCodes = new LinkedHashSet<>(data.paymentMethodCodes());
        retired = false;
        updatedAt = at;
    }

    void retire(Instant at) {
        retired = true;
        updatedAt = at;
    }

    /** The fee for a parcel to this prefecture, in yen. */
    public long feeFor(String prefecture) {
        return feeType == FeeType.FLAT ? baseFee : prefectureFees.getOrDefault(prefecture, baseFee);
    }

    /** Whether a payment method may be chosen with this delivery method (an empty list allows all). */
    public boolean allowsPaymentMethod(String paymentMethodCode) {
        return paymentMethodCodes.isEmpty() || paymentMethodCodes.contains(paymentMethodCode);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Carrier carrier() {
        return carrier;
    }

    public FeeType feeType() {
        return feeType;
    }

    public long baseFee() {
        return baseFee;
    }

    public Map<String, Long> prefectureFees() {
        return Map.copyOf(prefectureFees);
    }

    public boolean dateWishAllowed() {
        return dateWishAllowed;
    }

    public boolean timeSlotWishAllowed() {
        return timeSlotWishAllowed;
    }

    public Set<String> paymentMethodCodes() {
        return Set.copyOf(paymentMethodCodes);
    }

    public boolean retired() {
        return retired;
    }

    public long version() {
        return version;
    }
}
