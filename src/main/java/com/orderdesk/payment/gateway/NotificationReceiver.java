package com.orderdesk.payment.gateway;

import java.nio.charset.Charset;
import java.util.Set;

import com.orderdesk.payment.ProviderCode;

import org.jspecify.annotations.Nullable;

/**
 * The notification side of an adapter whose provider pushes notifications (GMO-PG, DSK, Paygent): a
 * Spring bean of the provider's package, found by {@link #providerCode()}. The core's one webhook
 * route {@code POST /webhooks/{provider}} drives it through {@link NotificationIngest} in
 * Hyperswitch's steps: {@link #verifySource verify the source} → {@link #parse parse} →
 * {@link #locate locate} the payment → {@link #classify classify} (including "ignore") → store in
 * the inbox → {@link #answer answer} in the provider's own acknowledgement format. The notice is
 * parsed once, here, at ingest: the inbox stores what {@link #locate} and {@link #classify} said
 * and its worker never asks the adapter to read the body again.
 *
 * @param <N> the provider's notice as the adapter reads it (its wire record)
 */
public interface NotificationReceiver<N> {

    /** Whose notices these are; the route {@code /webhooks/<slug>} dispatches by it. */
    ProviderCode providerCode();

    /** The charset of the provider's notice bodies (Shift_JIS family for GMO and DSK). */
    Charset charset();

    /** What {@link #maxBodyBytes()} is unless the adapter says otherwise: a provider's notice is a few hundred bytes. */
    int DEFAULT_MAX_BODY_BYTES = 8 * 1024;

    /**
     * The largest notice body this provider sends, in bytes; the route refuses a larger one with 413
     * before reading it whole, and records only a summary of it.
     */
    default int maxBodyBytes() {
        return DEFAULT_MAX_BODY_BYTES;
    }

    /**
     * Names of the body fields that carry credentials (GMO's {@code ShopPass}, a tenant id checked
     * as a password): they are read by {@link #parse} as sent, but the inbox stores the body with
     * their values replaced ({@link StoredNotice}). Form fields and JSON members at any depth are
     * replaced; a body of another shape that names one of them is not stored at all.
     */
    default Set<String> secretFields() {
        return Set.of();
    }

    /**
     * Request headers (lower-case) worth keeping with a stored notice besides the ones every notice
     * keeps ({@link StoredNotice#KEPT_HEADERS}), e.g. a signature header. Every other header
     * (operators' {@code Authorization}, cookies, proxies' additions) is dropped before storing.
     */
    default Set<String> keptHeaders() {
        return Set.of();
    }

    /**
     * Step 1: is the caller the provider? Checks what the raw request shows (source address,
     * signature header) before the body is read.
     *
     * @throws NotificationRejected {@code unauthenticated} when it is not
     */
    void verifySource(InboundNotification raw, ProviderSettings settings);

    /**
     * Step 2: reads the body, checking credentials the provider puts in it (GMO's ShopID/ShopPass).
     *
     * @throws NotificationRejected {@code unauthenticated} for wrong credentials, otherwise when unreadable
     */
    N parse(InboundNotification raw, ProviderSettings settings);

    /**
     * Step 3: which of the payment's provider references names it (a reference the adapter itself
     * returned earlier, or {@link PaymentLocator#byProviderOrderId the provider order id}). Null only
     * for a notice about no payment, which {@link #classify} must then ignore.
     */
    @Nullable PaymentLocator locate(N notice);

    /**
     * Step 4: what the notice says in OrderDesk's terms, or that it needs no action
     * ({@link NotificationClassification#ignore}).
     *
     * @throws NotificationRejected when a field it needs is unreadable
     */
    NotificationClassification classify(N notice);

    /** Step 5: the HTTP answer the provider expects for each result (its literal bodies and statuses). */
    Acknowledgement answer(Answer answer);

    /** What came of a notice, for {@link #answer}. */
    enum Answer {
        /** Stored (or a duplicate of a stored one, or ignored): the provider may stop sending it. */
        ACCEPTED,
        /** Not from the provider (source, credentials, signature). */
        UNAUTHENTICATED,
        /** From the provider, but not readable. */
        UNREADABLE,
        /** Could not be stored (database down): the provider must send it again. */
        NOT_STORED
    }

    /** Status, content type and literal body of the answer to the provider. */
    record Acknowledgement(int status, String contentType, String body) {
    }
}
