package com.orderdesk.order;

import com.orderdesk.shared.TaxCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One product line; the unit price is tax-inclusive yen (税込), as Japanese shops display prices.
 * {@code digital} marks goods that do not ship (download and service goods, ダウンロード・サービス商品);
 * a line is physical goods unless it says so. Payment providers that take only goods that ship
 * refuse orders holding a digital line.
 */
@Embeddable
public record OrderLine(
        @Column(name = "product_code", nullable = false) String productCode,
        @Column(name = "product_name", nullable = false) String productName,
        @Column(name = "unit_price", nullable = false) long unitPrice,
        @Column(name = "quantity", nullable = false) int quantity,
        @Enumerated(EnumType.STRING) @Column(name = "tax_category", nullable = false) TaxCategory taxCategory,
        @Column(name = "digital", nullable = false) boolean digital) {

    public OrderLine {
        if (unitPrice < 0 || quantity < 1) {
            throw new IllegalArgumentException("unit price must be >= 0 and quantity >= 1");
        }
    }

    /** A line of physical goods (the default). */
    public OrderLine(String productCode, String productName, long unitPrice, int quantity, TaxCategory taxCategory) {
        this(productCode, productName, unitPrice, quantity, taxCategory, false);
    }

    public long amount() {
        return Math.multiplyExact(unitPrice, (long) quantity);
    }
}
