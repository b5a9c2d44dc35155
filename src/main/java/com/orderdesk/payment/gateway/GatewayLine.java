package com.orderdesk.payment.gateway;

import com.orderdesk.shared.TaxCategory;

/**
 * One line of the invoice a deferred-payment provider prints (tax-inclusive yen). Fees, the
 * adjustment and used points are lines too, so that the lines add up to the payment's amount.
 *
 * @param kind what the line bills
 * @param code the product code, or a fixed code for the other kinds ({@code SHIPPING}, …)
 * @param name as printed
 * @param unitPrice tax-inclusive yen; negative for a discount (points, a negative adjustment)
 * @param quantity at least 1
 * @param taxCategory the consumption-tax rate the line's amount falls under
 */
public record GatewayLine(Kind kind, String code, String name, long unitPrice, int quantity, TaxCategory taxCategory) {

    /** What an invoice line bills. */
    public enum Kind {
        /** Goods that ship. */
        PRODUCT,
        /** Goods that do not ship: download or service goods (ダウンロード・サービス商品). */
        DIGITAL_PRODUCT,
        SHIPPING_FEE,
        PAYMENT_FEE,
        ADJUSTMENT,
        POINTS
    }

    public GatewayLine {
        if (quantity < 1) {
            throw new IllegalArgumentException("an invoice line has a quantity of at least 1");
        }
    }

    /** unit price × quantity. */
    public long amount() {
        return Math.multiplyExact(unitPrice, (long) quantity);
    }
}
