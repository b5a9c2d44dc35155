package com.orderdesk.payment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An order's payment as the shopper is told about it.
 *
 * @param methodName the shop's name of the payment method (the code when the method is gone)
 * @param mailTitle the method's title for the payment section of customer mail, if set
 * @param mailText the method's text for that section, if set
 * @param paymentUrl where the shopper pays or picks how to pay (DSK selection page), if the provider gave one
 * @param paymentDeadline until when that page or payment works, if known
 * @param status the current attempt's unified status, null before the attempt exists
 * @param amount what the shopper is asked to pay; once a store payment arrived (PAID, AMOUNT_MISMATCH)
 *     what they paid
 * @param starting whether the attempt is still being started at the provider (its payment page may
 *     be on its way), so that a mail meant to carry it can wait a moment
 */
public record PaymentInstruction(String paymentMethodCode, String methodName, @Nullable ProviderCode provider,
        @Nullable String mailTitle, @Nullable String mailText, @Nullable String paymentUrl,
        @Nullable Instant paymentDeadline, @Nullable PaymentStatus status, long amount, boolean starting) {
}
