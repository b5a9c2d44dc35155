package com.orderdesk.payment.gateway;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a provider's notification controller hands an authenticated notification: it is stored
 * raw (with its parsed summary) in the same transaction and processed later by the inbox worker,
 * so the controller can answer the provider at once. A duplicate (same provider and deduplication
 * key) is recognised and not processed twice.
 */
public interface NotificationInbox {

    /** Stores the notification; returns the inbox entry id (the existing one for a duplicate). */
    UUID accept(InboundNotification raw, ParsedNotification parsed);

    /**
     * Records a request that failed authentication, parsing or the size cap, for the operator's
     * listing, as a bounded summary only (never its body or headers), without applying anything.
     *
     * @return the entry id, or null when the refusal was not stored (its source is over its refusal limit)
     */
    @Nullable UUID reject(RejectedNotice rejected);
}
