package com.orderdesk.payment.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/** Test double of the payment inbox: keeps what it was given and de-duplicates by key like the real one. */
public class RecordingInbox implements NotificationInbox {

    public final Map<String, UUID> entries = new LinkedHashMap<>();
    public final List<ParsedNotification> accepted = new ArrayList<>();
    public final List<InboundNotification> raw = new ArrayList<>();
    public final List<String> rejections = new ArrayList<>();
    public final List<RejectedNotice> rejectedNotices = new ArrayList<>();
    public boolean failing;

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
    public UUID reject(RejectedNotice rejected) {
        rejections.add(rejected.reason());
        rejectedNotices.add(rejected);
        return UUID.randomUUID();
    }
}
