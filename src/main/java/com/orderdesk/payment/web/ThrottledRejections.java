package com.orderdesk.payment.web;

import java.util.UUID;

import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.RejectedNotice;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox as the webhook route uses it: accepted notices go straight through; a refusal is stored
 * only while its source is within its {@link RejectionThrottle} limit, so one source can add at most
 * so many summary rows per window.
 */
final class ThrottledRejections implements NotificationInbox {

    private static final Logger log = LoggerFactory.getLogger(ThrottledRejections.class);

    private final NotificationInbox inbox;
    private final RejectionThrottle throttle;

    ThrottledRejections(NotificationInbox inbox, RejectionThrottle throttle) {
        this.inbox = inbox;
        this.throttle = throttle;
    }

    @Override
    public UUID accept(InboundNotification raw, ParsedNotification parsed) {
        return inbox.accept(raw, parsed);
    }

    @Override
    public @Nullable UUID reject(RejectedNotice rejected) {
        if (!throttle.refused(rejected.sourceAddress())) {
            log.warn("{} refusal from {} not stored: the source is over its refusal limit ({})",
                    rejected.provider().displayName(), rejected.sourceAddress(), rejected.reason());
            return null;
        }
        return inbox.reject(rejected);
    }
}
