package com.orderdesk.payment.dsk;

/**
 * A DSK call that produced no DSK reply. The subtype says what is known: {@link NotSent} (nothing
 * happened), {@link NoAnswer} (DSK may have done it) or {@link Rejected} (an HTTP 4xx without a DSK
 * reply: nothing was done). Messages never contain request or reply bodies.
 */
abstract sealed class DskTransportFailure extends RuntimeException {

    DskTransportFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The request never left: connection refused, connect timeout, circuit open. */
    static final class NotSent extends DskTransportFailure {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Sent, but no usable reply: read timeout, reset, 5xx, malformed body. */
    static final class NoAnswer extends DskTransportFailure {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An HTTP 4xx that is not a DSK reply (wrong base URL, a proxy's refusal). */
    static final class Rejected extends DskTransportFailure {
        Rejected(String message) {
            super(message, null);
        }
    }
}
