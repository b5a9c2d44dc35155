package com.orderdesk.payment.kakebarai;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayInvoice.TaxTotal;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.payment.kakebarai.wire.KakebaraiCredentials;
import com.orderdesk.payment.kakebarai.wire.KakebaraiRequest;
import com.orderdesk.payment.kakebarai.wire.KakebaraiText;

/**
 * Builds AN010 (決済登録) from a payment start, after the fact sheet's field list: amounts go
 * <em>excluding</em> tax ({@code settlePrice}) with the tax apart ({@code shohiZei}), and with lines
 * ({@code meisaiUmu=1}) each line's amount excluding tax ({@code kessaiKingaku{n}}) and its tax
 * ({@code shohiZei{n}}), which must add up to the totals (the provider cross-checks both sums).
 *
 * <p>The tax of a rate is OrderDesk's invoice tax for that rate (rounded once per rate,
 * インボイス制度); it is spread over that rate's lines in proportion to their amounts, rounded toward zero,
 * and the yen left over go one each to the largest lines, so that the line taxes add up exactly.
 * A line with a negative amount (points, a discount) goes as a negative quantity (the sheet: "may be
 * negative") with a positive unit price. ASSUMED where the sheet is silent: {@code tanka} is the
 * unit price excluding tax rounded down (the sheet names no cross-check of tanka × suryo), the unit
 * field {@code tani{n}} is not sent (its name is not confirmed), nor is {@code cartCode} (its
 * meaning is not public).
 *
 * <p>Refusals are {@link Refused} (the payment fails with the reason, nothing sent): more than 99
 * lines, an order date in the future, an amount too long for its field. A product name too wide for
 * {@code shohinMei} is refused as {@link RequestNotSendable} naming the line, never cut.
 */
final class KakebaraiOrderRegistration {

    static final int MAX_LINES = 99;
    static final int PRODUCT_CODE_LENGTH = 10;
    private static final int NAME_WIDTH = 60;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern ORDER_NO = Pattern.compile("[0-9A-Za-z-]{1,20}");

    /** Why AN010 is not sent; the payment fails with it. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    private KakebaraiOrderRegistration() {
    }

    static KakebaraiRequest of(GatewayAuthorizeRequest request, KakebaraiCredentials credentials, String buyerId,
            ProductCodes productCodes, LocalDate today) {
        GatewayInvoice invoice = request.invoice();
        String orderNo = request.providerOrderId();
        if (!ORDER_NO.matcher(orderNo).matches()) {
            throw new Refused("the order number " + orderNo + " is not a kakebarai orderNo (at most 20 of [0-9A-Za-z-])");
        }
        if (invoice.orderDate().isAfter(today)) {
            throw new Refused("the order date " + invoice.orderDate() + " is in the future (today is " + today
                    + " in Japan); kakebarai refuses it");
        }
        if (invoice.lines().size() > MAX_LINES) {
            throw new Refused("the order has " + invoice.lines().size() + " invoice lines; kakebarai takes at most "
                    + MAX_LINES);
        }
        long[] taxes = lineTaxes(invoice);
        long settlePrice = 0;
        long shohiZei = 0;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderDate", YYYYMMDD.format(invoice.orderDate()));
        fields.put("orderNo", orderNo);
        fields.put("buyerId", buyerId);
        fields.put("settlePrice", "");
        fields.put("shohiZei", "");
        fields.put("meisaiUmu", "1");
        for (int i = 0; i < invoice.lines().size(); i++) {
            GatewayLine line = invoice.lines().get(i);
            int n = i + 1;
            long excluded = line.amount() - taxes[i];
            settlePrice += excluded;
            shohiZei += taxes[i];
            if (!KakebaraiText.fits(line.name(), NAME_WIDTH)) {
                throw new RequestNotSendable("クロネコ掛け払い", "invoice.lines[" + i + "].name",
                        "is wider than kakebarai's product name (30 full-width or 60 half-width characters)");
            }
            fields.put("shohinMei" + n, line.name());
            productCodes.apply(line.code()).ifPresent(code -> fields.put("shohinCode" + n, code));
            boolean negative = line.amount() < 0;
            long unitExcluded = Math.abs(excluded) / line.quantity();
            fields.put("suryo" + n, (negative ? "-" : "") + line.quantity());
            fields.put("tanka" + n, Long.toString(unitExcluded));
            fields.put("kessaiKingaku" + n, Long.toString(excluded));
            fields.put("shohiZei" + n, Long.toString(taxes[i]));
            requireDigits("tanka" + n, unitExcluded, 8);
        }
        requireDigits("settlePrice", settlePrice, 9);
        requireDigits("shohiZei", shohiZei, 6);
        fields.put("settlePrice", Long.toString(settlePrice));
        fields.put("shohiZei", Long.toString(shohiZei));
        return KakebaraiRequest.of(KakebaraiApi.AN010, credentials, fields);
    }

    private static void requireDigits(String field, long value, int digits) {
        if (!KakebaraiText.digitsFit(value, digits)) {
            throw new Refused(field + " " + value + " is longer than kakebarai's " + digits + " digits");
        }
    }

    /** Each line's share of its rate's invoice tax; the shares of a rate add up to that rate's tax exactly. */
    static long[] lineTaxes(GatewayInvoice invoice) {
        List<GatewayLine> lines = invoice.lines();
        long[] taxes = new long[lines.size()];
        for (TaxTotal rate : invoice.taxes()) {
            List<Integer> ofRate = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).taxCategory() == rate.taxCategory()) {
                    ofRate.add(i);
                }
            }
            if (rate.base() == 0 || ofRate.isEmpty()) {
                continue;
            }
            long given = 0;
            for (int i : ofRate) {
                // Toward zero, as TaxCategory.includedTax rounds: a discount never gets more tax than its share.
                taxes[i] = Math.multiplyExact(lines.get(i).amount(), rate.tax()) / rate.base();
                given += taxes[i];
            }
            List<Integer> largestFirst = ofRate.stream()
                    .sorted(Comparator.comparingLong((Integer i) -> lines.get(i).amount()).reversed()).toList();
            long left = rate.tax() - given;
            for (int k = 0; left != 0; k = (k + 1) % largestFirst.size()) {
                int i = largestFirst.get(k);
                taxes[i] += Long.signum(left);
                left -= Long.signum(left);
            }
        }
        return taxes;
    }
}
