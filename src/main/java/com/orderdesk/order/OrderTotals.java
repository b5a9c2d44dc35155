package com.orderdesk.order;

import java.math.BigInteger;
import java.util.List;

import com.orderdesk.shared.TaxCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An order's money, computed only by {@link #calculate}. All amounts are tax-inclusive yen (税込).
 *
 * <p>The rule, stated once:
 * <ol>
 *   <li>{@code subtotal} = Σ unit price × quantity over the lines.</li>
 *   <li>{@code total} = subtotal + shipping fee + payment fee + adjustment − discounts − used points;
 *       it may not be negative.</li>
 *   <li>Tax bases keep the 10% and 8% rates apart: lines go to their own rate, shipping and payment
 *       fees to 10%, the adjustment and each post-sale discount ({@link OrderDiscount}) to its stated
 *       category. Used points are a discount on the whole
 *       order and are split between the rates in proportion to their bases (the 8% share rounded
 *       down, the rest on 10%), so that the two bases always add up to the total.</li>
 *   <li>Tax per rate = floor(base × rate / (100 + rate)): rounded down once per rate per order, as
 *       the qualified-invoice rules (インボイス制度) require, never per line.</li>
 * </ol>
 */
@Embeddable
public record OrderTotals(
        @Column(name = "subtotal", nullable = false) long subtotal,
        @Column(name = "total_amount", nullable = false) long total,
        @Column(name = "tax_base_10", nullable = false) long taxBase10,
        @Column(name = "tax_10", nullable = false) long tax10,
        @Column(name = "tax_base_8", nullable = false) long taxBase8,
        @Column(name = "tax_8", nullable = false) long tax8) {

    /**
     * Computes the totals of an order's amounts. Never null.
     *
     * @throws NegativeOrderTotal when fees, adjustment and points would take the total below zero
     */
    public static OrderTotals calculate(List<OrderLine> lines, long shippingFee, long paymentFee,
            PriceAdjustment adjustment, long usedPoints) {
        return calculate(lines, shippingFee, paymentFee, adjustment, List.of(), usedPoints);
    }

    /**
     * As {@link #calculate(List, long, long, PriceAdjustment, long)}, with the discounts recorded after
     * the sale. Never null.
     *
     * @throws NegativeOrderTotal when the total would be below zero
     */
    public static OrderTotals calculate(List<OrderLine> lines, long shippingFee, long paymentFee,
            PriceAdjustment adjustment, List<OrderDiscount> discounts, long usedPoints) {
        long subtotal = 0;
        long base10 = shippingFee + paymentFee;
        long base8 = 0;
        for (OrderLine line : lines) {
            subtotal = Math.addExact(subtotal, line.amount());
            if (line.taxCategory() == TaxCategory.REDUCED_8) {
                base8 += line.amount();
            } else {
                base10 += line.amount();
            }
        }
        if (adjustment.taxCategory() == TaxCategory.REDUCED_8) {
            base8 += adjustment.amount();
        } else {
            base10 += adjustment.amount();
        }
        long discounted = 0;
        for (OrderDiscount discount : discounts) {
            discounted = Math.addExact(discounted, discount.amount());
            if (discount.taxCategory() == TaxCategory.REDUCED_8) {
                base8 -= discount.amount();
            } else {
                base10 -= discount.amount();
            }
        }
        long total = Math.subtractExact(Math.addExact(subtotal, shippingFee + paymentFee + adjustment.amount()),
                Math.addExact(usedPoints, discounted));
        if (total < 0) {
            throw new NegativeOrderTotal(total);
        }
        long beforePoints = base8 + base10;
        long points8 = beforePoints <= 0 || base8 <= 0 ? 0
                : Math.min(base8, BigInteger.valueOf(usedPoints).multiply(BigInteger.valueOf(base8))
                        .divide(BigInteger.valueOf(beforePoints)).longValueExact());
        base8 -= points8;
        base10 -= usedPoints - points8;
        return new OrderTotals(subtotal, total,
                base10, TaxCategory.STANDARD_10.includedTax(base10),
                base8, TaxCategory.REDUCED_8.includedTax(base8));
    }
}
