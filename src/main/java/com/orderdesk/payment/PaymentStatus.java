package com.orderdesk.payment;

/**
 * The unified status of one payment attempt, the same for every provider (ARCHITECTURE.md, "The
 * payment model"). The provider's own status word is kept verbatim beside it. Whether an operator
 * must look at a payment is a separate flag (needs attention + reason), not a status.
 */
public enum PaymentStatus {
    /** Registered; waiting for the shopper (pick a store, pass 3-D Secure, finish checkout). */
    PENDING,
    /** Waiting for the provider's review (atobarai SMS type, kakebarai buyer screening). */
    UNDER_REVIEW,
    AUTHORIZED,
    CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    CANCELLED,
    /** Declined or technically failed before any money was reserved. */
    FAILED,
    /** The authorization's capture window passed. */
    EXPIRED,
    /** Paid by the shopper (convenience store). */
    PAID,
    /** Paid, but the paid amount differs from the billed amount. */
    AMOUNT_MISMATCH;

    /**
     * Whether an order with a payment in this status may ship: the money is authorized, captured
     * or paid. A convenience-store payment still PENDING (unpaid) or AMOUNT_MISMATCH may not.
     */
    public boolean securesShipment() {
        return this == AUTHORIZED || this == CAPTURED || this == PARTIALLY_REFUNDED || this == PAID;
    }

    public boolean isFinal() {
        return this == REFUNDED || this == CANCELLED || this == FAILED || this == EXPIRED;
    }
}
