package com.orderdesk.order;

import java.time.Instant;

import com.orderdesk.shared.TaxCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 値引き recorded after the sale: {@code amount} tax-inclusive yen taken off one tax rate's base, with
 * the label printed on the invoice. Unlike the one {@link PriceAdjustment}, an order collects any
 * number of these, and they may be recorded on a COMPLETED order (the money was already refunded).
 */
@Embeddable
public record OrderDiscount(
        @Column(name = "amount", nullable = false) long amount,
        @Enumerated(EnumType.STRING) @Column(name = "tax_category", nullable = false) TaxCategory taxCategory,
        @Column(name = "label", nullable = false) String label,
        @Column(name = "recorded_at", nullable = false) Instant recordedAt) {

    public OrderDiscount {
        if (amount <= 0) {
            throw new IllegalArgumentException("a discount takes a positive amount off");
        }
    }
}
