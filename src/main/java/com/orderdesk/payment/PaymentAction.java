package com.orderdesk.payment;

/** What an operator (or the system on their behalf) can ask of a payment. */
public enum PaymentAction {
    AUTHORIZE,
    CAPTURE,
    CANCEL,
    REFUND,
    CHANGE_AMOUNT;

    /** The URL segment of the admin command ({@code change-amount}). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
