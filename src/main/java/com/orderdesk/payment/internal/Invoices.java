package com.orderdesk.payment.internal;

import java.util.ArrayList;
import java.util.List;

import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderDiscount;
import com.orderdesk.order.OrderLine;
import com.orderdesk.order.OrderTotals;
import com.orderdesk.order.PriceAdjustment;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayInvoice.TaxTotal;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.GatewayLine.Kind;
import com.orderdesk.payment.gateway.GatewayRecipient;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shared.TaxCategory;

/**
 * An order as the invoice the port hands to providers. Fees and the adjustment are lines at their
 * rate; used points become one negative line per rate, split exactly as the order's totals split
 * them (so each rate's lines add up to its tax base and all lines to the total).
 */
final class Invoices {

    static final String SHIPPING = "SHIPPING";
    static final String PAYMENT_FEE = "PAYMENT_FEE";
    static final String ADJUSTMENT = "ADJUSTMENT";
    static final String POINTS = "POINTS";

    private Invoices() {
    }

    static GatewayInvoice of(Order order) {
        OrderTotals totals = order.totals();
        List<GatewayLine> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            lines.add(new GatewayLine(line.digital() ? Kind.DIGITAL_PRODUCT : Kind.PRODUCT, line.productCode(), line.productName(), line.unitPrice(),
                    line.quantity(), line.taxCategory()));
        }
        if (order.shippingFee() != 0) {
            lines.add(new GatewayLine(Kind.SHIPPING_FEE, SHIPPING, "送料", order.shippingFee(), 1, TaxCategory.STANDARD_10));
        }
        if (order.paymentFee() != 0) {
            lines.add(new GatewayLine(Kind.PAYMENT_FEE, PAYMENT_FEE, "決済手数料", order.paymentFee(), 1,
                    TaxCategory.STANDARD_10));
        }
        PriceAdjustment adjustment = order.adjustment();
        if (adjustment.amount() != 0) {
            lines.add(new GatewayLine(Kind.ADJUSTMENT, ADJUSTMENT,
                    adjustment.label() == null || adjustment.label().isBlank() ? "調整額" : adjustment.label(),
                    adjustment.amount(), 1, adjustment.taxCategory()));
        }
        for (OrderDiscount discount : order.discounts()) {
            // 値引き recorded after the sale: one negative line per discount, on its own rate.
            lines.add(new GatewayLine(Kind.ADJUSTMENT, ADJUSTMENT, discount.label(), -discount.amount(), 1,
                    discount.taxCategory()));
        }
        for (TaxCategory rate : TaxCategory.values()) {
            // The order put the points' share of this rate into its base: what the lines so far exceed it by.
            long points = sum(lines, rate) - base(totals, rate);
            if (points != 0) {
                lines.add(new GatewayLine(Kind.POINTS, POINTS, "ポイント利用 (" + rate.ratePercent() + "%)", -points, 1, rate));
            }
        }
        List<TaxTotal> taxes = new ArrayList<>();
        if (totals.taxBase10() != 0 || sum(lines, TaxCategory.STANDARD_10) != 0) {
            taxes.add(new TaxTotal(TaxCategory.STANDARD_10, totals.taxBase10(), totals.tax10()));
        }
        if (totals.taxBase8() != 0 || sum(lines, TaxCategory.REDUCED_8) != 0) {
            taxes.add(new TaxTotal(TaxCategory.REDUCED_8, totals.taxBase8(), totals.tax8()));
        }
        DeliveryAddress to = order.delivery();
        return new GatewayInvoice(ShopTime.dateOf(order.placedAt()), order.deliveryDate(), order.deliveryTimeSlot(),
                lines, taxes, totals.total(), new GatewayRecipient(to.name(), to.kana(), to.phone(), to.company(),
                        to.postalCode(), to.prefecture(), to.city(), to.address1(), to.address2()),
                order.deliveryMethodCode());
    }

    private static long sum(List<GatewayLine> lines, TaxCategory rate) {
        return lines.stream().filter(line -> line.taxCategory() == rate).mapToLong(GatewayLine::amount).sum();
    }

    private static long base(OrderTotals totals, TaxCategory rate) {
        return rate == TaxCategory.REDUCED_8 ? totals.taxBase8() : totals.taxBase10();
    }
}
