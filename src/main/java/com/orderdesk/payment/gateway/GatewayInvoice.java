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
 * @param lines products, shipping fee, payment fee, adjustment and used points (negative), in that order
 * @param taxes one entry per rate that has a base, 10% first
 * @param total tax-inclusive yen to bill
 * @param recipient where the parcel goes (お届け先)
 */
public record GatewayInvoice(
        LocalDate orderDate,
        @Nullable LocalDate wishedDeliveryDate,
        @Nullable String wishedTimeSlot,
        List<GatewayLine> lines,
        List<TaxTotal> taxes,
        long total,
        GatewayRecipient recipient) {

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

    /**
     * The tax of one rate, rounded once per rate per order (インボイス制度).
     *
     * @param base tax-inclusive yen billed at this rate
     * @param tax the consumption tax contained in the base
     */
    public record TaxTotal(TaxCategory taxCategory, long base, long tax) {
    }
}
