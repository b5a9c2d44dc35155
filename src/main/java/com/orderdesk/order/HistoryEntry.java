package com.orderdesk.order;

import java.time.Instant;

/** One line of an order's change history (変更履歴): when, who, what kind, and what in words. */
public record HistoryEntry(Instant at, String actor, HistoryKind kind, String description) {
}
