package com.orderdesk.payment.dsk;

import java.util.regex.Pattern;

/**
 * Maps the payment's provider order id to DSK's {@code orderid} (PROPOSED limit: at most
 * {@value #MAX_LENGTH} of {@code [0-9A-Za-z-]}; the w2 package sends the shop's order number).
 *
 * <p>The core's provider order ids are the order number plus the attempt ({@code OD-000123-2}), so
 * with OrderDesk's numbering they fit as they are, and DSK's notices then name the payment by
 * exactly the id the core looks it up by. Only an id that does not fit (a long custom number
 * prefix) is reduced: characters outside the alphabet are dropped and the <em>end</em> is kept,
 * because the order's sequence number and the attempt are what keep it unique. The result is
 * stored as the payment's {@value DskPaymentGateway#ORDER_ID} reference, which cancel and status use.
 */
final class DskOrderId {

    static final int MAX_LENGTH = 20;

    private static final Pattern ALLOWED = Pattern.compile("[0-9A-Za-z-]{1," + MAX_LENGTH + "}");

    private DskOrderId() {
    }

    static String of(String providerOrderId) {
        if (ALLOWED.matcher(providerOrderId).matches()) {
            return providerOrderId;
        }
        String reduced = providerOrderId.replaceAll("[^0-9A-Za-z-]", "");
        if (reduced.length() > MAX_LENGTH) {
            reduced = reduced.substring(reduced.length() - MAX_LENGTH);
        }
        reduced = reduced.replaceAll("^-+", "");
        if (reduced.isEmpty()) {
            throw new IllegalArgumentException("provider order id has no character DSK accepts");
        }
        return reduced;
    }
}
