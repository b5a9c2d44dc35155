package com.orderdesk.payment.gmo;

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
    final List<String> rejections = new ArrayList<>();
    boolean failing;

    @Override
    public UUID accept(InboundNotification raw, ParsedNotification parsed) {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        accepted.add(parsed);
        return entries.computeIfAbsent(parsed.deduplicationKey(), key -> UUID.randomUUID());
    }

    @Override
    public UUID reject(InboundNotification raw, String reason) {
        rejections.add(reason);
        return UUID.randomUUID();
    }
}
