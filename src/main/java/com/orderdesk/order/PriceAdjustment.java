package com.orderdesk.order;

import com.orderdesk.shared.TaxCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 金額調整: a signed, tax-inclusive amount an operator adds to or takes off an order, with the label
 * printed on the invoice and the tax category it belongs to.
 */
@Embeddable
public record PriceAdjustment(
        @Column(name = "adjustment_amount", nullable = false) long amount,
        @Column(name = "adjustment_label") String label,
        @Enumerated(EnumType.STRING) @Column(name = "adjustment_tax_category", nullable = false) TaxCategory taxCategory) {

    public static final PriceAdjustment NONE = new PriceAdjustment(0, "", TaxCategory.STANDARD_10);
}
