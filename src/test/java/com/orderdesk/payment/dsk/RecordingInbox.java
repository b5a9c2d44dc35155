package com.orderdesk.payment.dsk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.ParsedNotification;

/** Test double of the payment inbox: keeps what it was given and de-duplicates by key like the real one. */
class RecordingInbox implements NotificationInbox {

    final Map<String, UUID> entries = new LinkedHashMap<>();
    final List<ParsedNotification> accepted = new ArrayList<>();
    final List<InboundNotification> raw = new ArrayList<>();
    final List<String> rejections = new ArrayList<>();
    boolean failing;

    @Override
    public UUID accept(InboundNotification notification, ParsedNotification parsed) {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        accepted.add(parsed);
        raw.add(notification);
        return entries.computeIfAbsent(parsed.deduplicationKey(), key -> UUID.randomUUID());
    }

    @Override
    public UUID reject(InboundNotification notification, String reason) {
        rejections.add(reason);
        return UUID.randomUUID();
    }
}
