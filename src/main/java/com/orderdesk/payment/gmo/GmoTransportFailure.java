package com.orderdesk.payment.gmo;

/**
 * A GMO-PG call that produced no GMO answer. The subtype says what is known about the money:
 * {@link NotSent} (nothing happened), {@link NoAnswer} (GMO may have done it) or {@link Rejected}
 * (GMO's front refused the HTTP request itself). Messages never contain request or answer bodies.
 */
abstract sealed class GmoTransportFailure extends RuntimeException {

    GmoTransportFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The request never left: connection refused, connect timeout, circuit open. */
    static final class NotSent extends GmoTransportFailure {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Sent, but no usable answer: read timeout, reset, 5xx, malformed body. */
    static final class NoAnswer extends GmoTransportFailure {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An HTTP 4xx without a GMO error body (wrong base URL, blocked by a proxy): nothing was done. */
    static final class Rejected extends GmoTransportFailure {
        Rejected(String message) {
            super(message, null);
        }
    }
}
