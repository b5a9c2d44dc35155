package com.orderdesk.subscription.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.orderdesk.shared.CurrentActor;
import org.springframework.stereotype.Component;

/** Appends to a subscription's change history inside the caller's transaction, as the acting user. */
@Component
public class SubscriptionHistory {

    private final SubscriptionHistoryRepository records;
    private final Clock clock;

    SubscriptionHistory(SubscriptionHistoryRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public void append(UUID subscriptionId, String description) {
        records.save(new SubscriptionHistoryRecord(subscriptionId, clock.instant(), CurrentActor.name(), description));
    }

    /** Oldest first. */
    public List<SubscriptionHistoryRecord> of(UUID subscriptionId) {
        return records.findBySubscriptionIdOrderById(subscriptionId);
    }
}
