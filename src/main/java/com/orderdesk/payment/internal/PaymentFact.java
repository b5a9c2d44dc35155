package com.orderdesk.payment.internal;

import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * Something a provider did with the money of a payment, as {@link Payment#apply} books it, whichever
 * way OrderDesk learnt it: the answer to an operator's call (and its reconciliation), a
 * notification or a poll, or an operator's record of what happened outside OrderDesk. The same
 * fact gives the same ledger on every path.
 *
 * @param kind what happened
 * @param amount yen the fact moved; null for "all of it" (the authorized amount captured or paid,
 *        the whole refundable remainder refunded)
 * @param operationId the operations-log entry that caused or recorded it, null for a notification
 * @param reportedStatus the unified status the provider reported with it, when it said one; otherwise
 *        the status follows from the fact and the ledger
 */
record PaymentFact(Kind kind, @Nullable Long amount, @Nullable UUID operationId, @Nullable PaymentStatus reportedStatus) {

    enum Kind {
        /** The provider captured (実売上) the amount. */
        CAPTURED,
        /** The shopper paid the amount (convenience store); a different amount than billed is a mismatch. */
        PAID,
        /** The amount (null: all that is refundable) went back to the shopper; the payment stays. */
        REFUNDED,
        /** The payment is over; whatever was received goes back. */
        CANCELLED,
        /**
         * The payment is over because the provider reversed the money it had received (DSK 入金取消:
         * cancelled at the store). Nothing was refunded: the receipt is taken back, not paid out.
         */
        REVERSED
    }

    static PaymentFact captured(@Nullable Long amount, @Nullable UUID operationId, @Nullable PaymentStatus reported) {
        return new PaymentFact(Kind.CAPTURED, amount, operationId, reported);
    }

    static PaymentFact paid(@Nullable Long amount, @Nullable PaymentStatus reported) {
        return new PaymentFact(Kind.PAID, amount, null, reported);
    }

    static PaymentFact refunded(@Nullable Long amount, @Nullable UUID operationId, @Nullable PaymentStatus reported) {
        return new PaymentFact(Kind.REFUNDED, amount, operationId, reported);
    }

    static PaymentFact reversed(@Nullable PaymentStatus reported) {
        return new PaymentFact(Kind.REVERSED, null, null, reported);
    }

    static PaymentFact cancelled(@Nullable UUID operationId, @Nullable PaymentStatus reported) {
        return new PaymentFact(Kind.CANCELLED, null, operationId, reported);
    }
}
