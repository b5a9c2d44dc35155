package com.orderdesk.payment.internal.methods;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.shared.TaxCategory;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A shop-named payment method (支払方法) bound to a provider; its code is fixed once created. */
@Entity
@Table(name = "payment_methods")
class PaymentMethod {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private ProviderCode provider;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "capture_immediately", nullable = false)
    private boolean captureImmediately;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_type", nullable = false)
    private PaymentFee.Type feeType;

    @Column(name = "fixed_fee", nullable = false)
    private long fixedFee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_method_fee_bands", joinColumns = @JoinColumn(name = "method_code"))
    @OrderColumn(name = "band_no")
    private List<FeeBand> feeBands = new ArrayList<>();

    @Column(name = "fee_label")
    private @Nullable String feeLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_tax_category", nullable = false)
    private TaxCategory feeTaxCategory;

    @Column(name = "min_amount")
    private @Nullable Long minAmount;

    @Column(name = "max_amount")
    private @Nullable Long maxAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_method_delivery_methods", joinColumns = @JoinColumn(name = "method_code"))
    @Column(name = "delivery_method_code", nullable = false)
    private Set<String> deliveryMethods = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_method_customer_groups", joinColumns = @JoinColumn(name = "method_code"))
    @Column(name = "customer_group_code", nullable = false)
    private Set<String> customerGroups = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_method_options", joinColumns = @JoinColumn(name = "method_code"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", nullable = false)
    private Map<String, String> options = new HashMap<>();

    @Column(name = "completion_text")
    private @Nullable String completionText;

    @Column(name = "email_title")
    private @Nullable String emailTitle;

    @Column(name = "email_text")
    private @Nullable String emailText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null until first stored, so that Spring Data persists (not merges) a new method. */
    @Version
    private @Nullable Long version;

    protected PaymentMethod() {
    }

    PaymentMethod(String code, PaymentMethodDraft draft, Instant at) {
        this.code = code;
        this.createdAt = at;
        apply(draft, at);
    }

    void apply(PaymentMethodDraft draft, Instant at) {
        name = draft.name();
        provider = draft.provider();
        enabled = draft.enabled();
        sortOrder = draft.sortOrder();
        captureImmediately = draft.captureImmediately();
        feeType = draft.fee().type();
        fixedFee = draft.fee().fixedAmount();
        feeBands.clear();
        feeBands.addAll(draft.fee().bandsOrEmpty());
        feeTaxCategory = draft.fee().taxCategory();
        feeLabel = draft.fee().label() == null || draft.fee().label().isBlank() ? null : draft.fee().label().strip();
        minAmount = draft.minAmount();
        maxAmount = draft.maxAmount();
        deliveryMethods.clear();
        deliveryMethods.addAll(draft.deliveryMethods());
        customerGroups.clear();
        customerGroups.addAll(draft.customerGroups());
        options.clear();
        options.putAll(draft.options());
        completionText = draft.completionText();
        emailTitle = draft.emailTitle();
        emailText = draft.emailText();
        updatedAt = at;
    }

    void disable(Instant at) {
        if (enabled) {
            enabled = false;
            updatedAt = at;
        }
    }

    PaymentFee fee() {
        return feeType == PaymentFee.Type.FIXED
                ? new PaymentFee(feeType, fixedFee, null, feeTaxCategory, feeLabel)
                : new PaymentFee(feeType, null, feeBands, feeTaxCategory, feeLabel);
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    ProviderCode provider() {
        return provider;
    }

    boolean enabled() {
        return enabled;
    }

    int sortOrder() {
        return sortOrder;
    }

    boolean captureImmediately() {
        return captureImmediately;
    }

    @Nullable Long minAmount() {
        return minAmount;
    }

    @Nullable Long maxAmount() {
        return maxAmount;
    }

    Set<String> deliveryMethods() {
        return Set.copyOf(deliveryMethods);
    }

    Set<String> customerGroups() {
        return Set.copyOf(customerGroups);
    }

    Map<String, String> options() {
        return Map.copyOf(options);
    }

    @Nullable String completionText() {
        return completionText;
    }

    @Nullable String emailTitle() {
        return emailTitle;
    }

    @Nullable String emailText() {
        return emailText;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
