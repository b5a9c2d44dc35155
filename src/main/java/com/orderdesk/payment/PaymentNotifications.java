package com.orderdesk.payment;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Operators' view of the webhook inbox: list entries by status and replay failed ones. */
public interface PaymentNotifications {

    /** Newest first, at most {@code limit}; all statuses when {@code status} is null. */
    List<NotificationEntry> list(@Nullable String status, int limit);

    /**
     * Queues a FAILED or IGNORED notification for processing again.
     *
     * @throws com.orderdesk.shared.NotFound when there is no such entry
     * @throws com.orderdesk.shared.StateConflict when the entry is not FAILED or IGNORED
     */
    NotificationEntry replay(UUID id);
}
