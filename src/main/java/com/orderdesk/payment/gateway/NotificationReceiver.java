package com.orderdesk.payment.gateway;

/**
 * Extra flow of adapters whose provider pushes notifications (GMO-PG, DSK, Paygent). The provider's
 * {@code …NotificationController} authenticates and parses with it, stores the raw notification
 * in the inbox, and answers with {@link #acknowledgement}; the inbox worker parses again when it
 * applies the notification.
 */
public interface NotificationReceiver {

    /**
     * Authenticates (source allowlist, shop credentials, signature — whatever the provider offers)
     * and parses a notification. Never null.
     *
     * @throws NotificationRejected when it is not from the provider or cannot be read
     */
    ParsedNotification parse(InboundNotification notification, ProviderSettings settings);

    /** The HTTP answer the provider expects (GMO {@code 0}, DSK {@code <SENBDATA>STATUS=800</SENBDATA>}). */
    Acknowledgement acknowledgement(boolean accepted);

    /** Status, content type and literal body of the answer to the provider. */
    record Acknowledgement(int status, String contentType, String body) {
    }
}
