package com.orderdesk.payment.gateway;

import java.time.LocalDate;
import java.util.List;

import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a provider that bills the shopper itself (atobarai, kakebarai, Paidy) needs to print and
 * check an invoice: the lines, the tax per rate, when the order was placed and where it goes. The
 * lines always add up exactly to {@link #total()}, and the lines of one rate to that rate's base.
 *
 * @param orderDate the day the order was placed (Asia/Tokyo)
 * @param wishedDeliveryDate the shopper's wished delivery date, null if none
 * @param wishedTimeSlot the shopper's wished time slot as given, null if none
 * @param lines products (goods that ship, or {@link GatewayLine.Kind#DIGITAL_PRODUCT} for those that do
 *        not), shipping fee, payment fee, adjustment and used points (negative), in that order
 * @param taxes one entry per rate that has a base, 10% first
 * @param total tax-inclusive yen to bill
 * @param recipient where the parcel goes (お届け先)
 * @param deliveryMethodCode the order's delivery method (配送方法) as the shop set it up, null when the
 *        order has none; adapters whose provider rules depend on how the parcel travels (Kuroneko
 *        atobarai: Yamato delivery or 他社配送) compare it with their own settings
 */
public record GatewayInvoice(
        LocalDate orderDate,
        @Nullable LocalDate wishedDeliveryDate,
        @Nullable String wishedTimeSlot,
        List<GatewayLine> lines,
        List<TaxTotal> taxes,
        long total,
        GatewayRecipient recipient,
        @Nullable String deliveryMethodCode) {

    public GatewayInvoice {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        long sum = lines.stream().mapToLong(GatewayLine::amount).reduce(0, Math::addExact);
        if (sum != total) {
            throw new IllegalArgumentException("invoice lines add up to " + sum + ", not to the total " + total);
        }
        for (TaxTotal tax : taxes) {
            long base = lines.stream().filter(line -> line.taxCategory() == tax.taxCategory())
                    .mapToLong(GatewayLine::amount).sum();
            if (base != tax.base()) {
                throw new IllegalArgumentException("lines at " + tax.taxCategory().ratePercent() + "% add up to "
                        + base + ", not to the tax base " + tax.base());
            }
        }
    }

    /** Whether any line bills goods that do not ship (download or service goods). */
    public boolean hasDigitalLines() {
        return lines.stream().anyMatch(line -> line.kind() == GatewayLine.Kind.DIGITAL_PRODUCT);
    }

    /** An invoice of an order without a delivery method. */
    public GatewayInvoice(LocalDate orderDate, @Nullable LocalDate wishedDeliveryDate, @Nullable String wishedTimeSlot,
            List<GatewayLine> lines, List<TaxTotal> taxes, long total, GatewayRecipient recipient) {
        this(orderDate, wishedDeliveryDate, wishedTimeSlot, lines, taxes, total, recipient, null);
    }

    /** The same invoice for an order with this delivery method. */
    public GatewayInvoice withDeliveryMethod(@Nullable String code) {
        return new GatewayInvoice(orderDate, wishedDeliveryDate, wishedTimeSlot, lines, taxes, total, recipient, code);
    }

    /**
     * The tax of one rate, rounded once per rate per order (インボイス制度).
     *
     * @param base tax-inclusive yen billed at this rate
     * @param tax the consumption tax contained in the base
     */
    public record TaxTotal(TaxCategory taxCategory, long base, long tax) {
    }
}
