package com.orderdesk.payment.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest half of every provider's webhook, written once: verify the source, parse, locate,
 * classify, store in the inbox, answer — nothing slower (no provider call, no payment lookup), so
 * the provider gets its answer at once and the inbox worker does the rest. A notice that fails a
 * step is recorded as a rejection for the operator's listing (a {@link RejectedNotice summary}) and
 * answered as the provider expects; an accepted one is stored without its secrets ({@link StoredNotice}).
 */
public final class NotificationIngest {

    private static final Logger log = LoggerFactory.getLogger(NotificationIngest.class);

    private final NotificationInbox inbox;
    private final ProviderSettingsLookup settings;

    public NotificationIngest(NotificationInbox inbox, ProviderSettingsLookup settings) {
        this.inbox = inbox;
        this.settings = settings;
    }

    /** Runs the steps for one notice and returns the provider's acknowledgement. Never throws. */
    public <N> NotificationReceiver.Acknowledgement receive(NotificationReceiver<N> receiver, InboundNotification raw) {
        String provider = raw.provider().displayName();
        ParsedNotification parsed;
        try {
            ProviderSettings shop = settings.settingsFor(raw.provider());
            receiver.verifySource(raw, shop);
            N notice = receiver.parse(raw, shop);
            PaymentLocator locator = receiver.locate(notice);
            NotificationClassification classification = receiver.classify(notice);
            if (locator == null && !classification.ignored()) {
                throw new NotificationRejected(provider + " notification names no payment", false);
            }
            parsed = new ParsedNotification(locator, classification);
        } catch (NotificationRejected | ProviderNotConfigured e) {
            boolean unauthenticated = !(e instanceof NotificationRejected rejected) || rejected.unauthenticated();
            log.warn("{} notification from {} rejected: {}", provider, raw.sourceAddress(), e.getMessage());
            try {
                inbox.reject(RejectedNotice.of(raw, e.getMessage()));
            } catch (RuntimeException storage) {
                log.error("{} rejection could not be recorded", provider, storage);
            }
            return receiver.answer(unauthenticated ? NotificationReceiver.Answer.UNAUTHENTICATED
                    : NotificationReceiver.Answer.UNREADABLE);
        }
        try {
            inbox.accept(StoredNotice.of(raw, receiver), parsed);
        } catch (RuntimeException e) {
            log.error("{} notification {} could not be stored; the provider will resend", provider,
                    parsed.deduplicationKey(), e);
            return receiver.answer(NotificationReceiver.Answer.NOT_STORED);
        }
        return receiver.answer(NotificationReceiver.Answer.ACCEPTED);
    }
}
