package com.orderdesk.payment;

/** What an operator (or the system on their behalf) can ask of a payment. */
public enum PaymentAction {
    AUTHORIZE,
    CAPTURE,
    CANCEL,
    REFUND,
    CHANGE_AMOUNT,
    /**
     * Records that a received payment was undone outside OrderDesk (a refund by bank transfer, a
     * provider reversal learnt by e-mail); no provider call.
     */
    MARK_PAYMENT_CANCELLED;

    /** The URL segment of the admin command ({@code change-amount}, {@code mark-payment-cancelled}). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
