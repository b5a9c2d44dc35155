package com.orderdesk.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderDiscount;
import com.orderdesk.order.OrderLine;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.PriceAdjustment;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;

/**
 * The order as the API shows it (受注編集 screen): amounts in yen, tax-inclusive. {@code readyToShip}
 * is the order list's filter of the same name for this order (still to ship, payment secured and
 * not flagged for an amount that disagrees with the total).
 */
record OrderView(
        String number,
        long version,
        Instant placedAt,
        Instant updatedAt,
        OrderChannel channel,
        OrderStatus status,
        Set<OrderStatus> allowedStatuses,
        @Nullable UUID customerId,
        CustomerDetails customer,
        DeliveryAddress delivery,
        @Nullable String deliveryMethodCode,
        @Nullable LocalDate deliveryDate,
        @Nullable String deliveryTimeSlot,
        List<LineView> lines,
        long shippingFee,
        long paymentFee,
        PriceAdjustment adjustment,
        List<OrderDiscount> discounts,
        long usedPoints,
        Totals totals,
        @Nullable String customerNote,
        PaymentSummary payment,
        boolean readyToShip) {

    /** The order's payment at a glance; details at {@code /api/admin/orders/{number}/payments}. */
    /** {@code statusWord}: the provider's word for the payment's state (仮売上, 入金済み …) beside {@code status}. */
    record PaymentSummary(@Nullable String methodCode, @Nullable String status, @Nullable String statusWord) {
    }

    /** {@code digital}: goods that do not ship (download or service goods); false for physical goods. */
    record LineView(String productCode, String productName, long unitPrice, int quantity, TaxCategory taxCategory,
            long amount, boolean digital) {
        static LineView of(OrderLine line) {
            return new LineView(line.productCode(), line.productName(), line.unitPrice(), line.quantity(),
                    line.taxCategory(), line.amount(), line.digital());
        }
    }

    record TaxLine(int ratePercent, long taxableAmount, long tax) {
    }

    record Totals(long subtotal, long total, List<TaxLine> taxes) {
    }

    static OrderView of(Order order) {
        return of(order, null);
    }

    static OrderView of(Order order, @Nullable String paymentStatusWord) {
        var totals = order.totals();
        return new OrderView(order.number(), order.version(), order.placedAt(), order.updatedAt(), order.channel(),
                order.status(), order.status().next(), order.customerId(), order.customer(), order.delivery(), order.deliveryMethodCode(),
                order.deliveryDate(), order.deliveryTimeSlot(), order.lines().stream().map(LineView::of).toList(),
                order.shippingFee(), order.paymentFee(), order.adjustment(), order.discounts(), order.usedPoints(),
                new Totals(totals.subtotal(), totals.total(), List.of(
                        new TaxLine(TaxCategory.STANDARD_10.ratePercent(), totals.taxBase10(), totals.tax10()),
                        new TaxLine(TaxCategory.REDUCED_8.ratePercent(), totals.taxBase8(), totals.tax8()))),
                order.customerNote(), new PaymentSummary(order.paymentMethodCode(), order.paymentStatus(),
                        paymentStatusWord), order.readyToShip());
    }

    /** The strong ETag of this version, as {@code If-Match} must repeat it. */
    String etag() {
        return EntityTags.of(version);
    }
}
