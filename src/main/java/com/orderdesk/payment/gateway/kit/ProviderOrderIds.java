package com.orderdesk.payment.gateway.kit;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Derives the id a provider knows a payment attempt by ({@code OD-000123-2}: the order number and
 * the attempt) within the provider's length and alphabet. Each adapter states its own rule (GMO 27
 * of {@code [A-Za-z0-9-]}, DSK 20 …); this is the one way to fit an order number into it.
 *
 * <p>An id that fits is the order number as typed plus {@code -attempt}, so operators recognise it.
 * One that does not (a long custom order-number prefix) keeps the <em>end</em> of the order number
 * (its sequence number) and puts a 4-character checksum of the whole number before the attempt, so
 * two long numbers that share an ending still get different ids. Characters outside the alphabet
 * are dropped from the order number, never from the attempt.
 */
public final class ProviderOrderIds {

    private static final int CHECKSUM_LENGTH = 4;

    private final int maxLength;
    private final Pattern outsideAlphabet;

    /**
     * @param maxLength the provider's maximum id length
     * @param alphabet the characters allowed, as the body of a regex character class ({@code A-Za-z0-9-});
     *        must include digits, upper-case letters and the hyphen
     */
    public ProviderOrderIds(int maxLength, String alphabet) {
        if (maxLength < 12) {
            throw new IllegalArgumentException("a provider order id needs room for a checksum and an attempt");
        }
        this.maxLength = maxLength;
        this.outsideAlphabet = Pattern.compile("[^" + alphabet + "]");
    }

    /** The id of attempt {@code attempt} (1, 2, …) of the order numbered {@code orderNumber}. Never null. */
    public String of(String orderNumber, int attempt) {
        String suffix = "-" + attempt;
        String base = outsideAlphabet.matcher(orderNumber).replaceAll("").replaceAll("^-+", "");
        if (base.length() + suffix.length() <= maxLength && base.equals(orderNumber)) {
            return base + suffix;
        }
        String checksum = "-" + checksum(orderNumber);
        int room = maxLength - suffix.length() - checksum.length();
        String tail = base.length() > room ? base.substring(base.length() - room) : base;
        return (tail + checksum + suffix).replaceAll("^-+", "");
    }

    private static String checksum(String orderNumber) {
        CRC32 crc = new CRC32();
        crc.update(orderNumber.getBytes(StandardCharsets.UTF_8));
        String text = Long.toString(crc.getValue(), 36).toUpperCase();
        return ("0000" + text).substring(("0000" + text).length() - CHECKSUM_LENGTH);
    }
}
