package com.orderdesk.payment;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The shopper's side of a payment review (atobarai's SMS code): completing a review step of the
 * store order's current payment.
 */
public interface PaymentReviews {

    /**
     * Sends the shopper's input to the provider. A wrong input keeps the payment UNDER_REVIEW and
     * the answer says how many attempts are left; the last wrong one fails it.
     *
     * @param input what the shopper entered; secret, never logged or stored
     * @throws PaymentActionNotAllowed when the payment is not waiting for the shopper's review step (409)
     */
    ReviewAnswer completeReviewStep(String orderNumber, Map<String, String> input);

    /**
     * @param result {@code PASSED}, {@code WRONG_INPUT} (still under review), {@code FAILED},
     *        {@code ERROR} (the provider could not be asked; nothing counted, try again) or
     *        {@code UNKNOWN} (the provider's answer was lost; ask again with GET …/payment)
     * @param attemptsLeft wrong inputs still allowed
     */
    record ReviewAnswer(String result, int attemptsLeft, @Nullable String message, StorePayment payment) {
    }
}
