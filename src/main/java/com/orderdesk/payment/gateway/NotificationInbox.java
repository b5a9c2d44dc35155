package com.orderdesk.payment.gateway;

import java.util.UUID;

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
     * Records a notification that failed authentication or parsing, for the operator's listing,
     * without applying anything.
     */
    UUID reject(InboundNotification raw, String reason);
}
