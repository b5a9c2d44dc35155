package com.orderdesk.payment.gateway.kit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

import javax.net.ssl.SSLHandshakeException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.client.ResourceAccessException;

/**
 * A provider call that produced no provider reply, for every adapter's HTTP client. The subtype
 * says what is known about the money: {@link NotSent} (nothing happened), {@link NoAnswer} (the
 * provider may have done it) or {@link Rejected} (an HTTP 4xx without a provider reply — wrong base
 * URL, a proxy's refusal — so nothing was done). Messages never contain request or reply bodies.
 */
public abstract sealed class ProviderTransportFailure extends RuntimeException {

    ProviderTransportFailure(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** The request never left: connection refused, connect timeout, unknown host, circuit open. */
    public static final class NotSent extends ProviderTransportFailure {
        public NotSent(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** Sent, but no usable reply: read timeout, reset, 5xx, malformed body. */
    public static final class NoAnswer extends ProviderTransportFailure {
        public NoAnswer(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** An HTTP 4xx that is not the provider's reply. */
    public static final class Rejected extends ProviderTransportFailure {
        public Rejected(String message) {
            super(message, null);
        }
    }

    /**
     * Connection refused, connect timeouts and unknown hosts happen before anything is sent; any
     * other I/O failure may come after the provider received the request.
     *
     * @param provider the provider's name for the message
     * @param call what was called, for the message
     */
    public static ProviderTransportFailure classify(String provider, String call, ResourceAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException) {
                return new NotSent("cannot connect to " + provider + " (" + cause.getClass().getSimpleName() + ")", e);
            }
            if (cause instanceof SSLHandshakeException) {
                // The provider took no request over a connection whose TLS handshake failed (an
                // untrusted server, or a client certificate it refused).
                return new NotSent("the TLS handshake with " + provider + " failed (" + cause.getMessage() + ")", e);
            }
        }
        Throwable root = e.getCause() instanceof IOException io ? io : e;
        return new NoAnswer("no reply from " + provider + " to " + call + " (" + root.getClass().getSimpleName() + ")", e);
    }
}
