package com.orderdesk.console.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.orderdesk.order.HistoryEntry;
import com.orderdesk.payment.PaymentDetails;
import org.jspecify.annotations.Nullable;

/**
 * The order's change history and its payments' operations logs as one timeline, newest first:
 * what the operator needs to see what happened to an order and its money in one place.
 */
final class Timeline {

    /**
     * One line. {@code labelKey} is a message key for the kind; {@code outcome} is the provider call's
     * outcome (SUCCEEDED, DECLINED, UNKNOWN …), null for history lines and calls still in flight.
     */
    public record Entry(Instant at, String actor, String source, String labelKey, String text,
            @Nullable String outcome) {
    }

    private Timeline() {
    }

    static List<Entry> of(List<HistoryEntry> history, List<PaymentDetails> payments) {
        List<Entry> entries = new ArrayList<>();
        history.forEach(line -> entries.add(new Entry(line.at(), line.actor(), "変更履歴",
                "history.kind." + line.kind().name(), line.description(), null)));
        for (PaymentDetails payment : payments) {
            for (PaymentDetails.Operation operation : payment.operations()) {
                Object outcome = operation.outcome();
                entries.add(new Entry(operation.startedAt(), operation.actor(), "決済操作（" + payment.attempt() + "回目）",
                        "operation.kind." + String.valueOf((Object) operation.kind()), describe(operation),
                        outcome == null ? null : outcome.toString()));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    private static String describe(PaymentDetails.Operation operation) {
        StringBuilder text = new StringBuilder(String.format("%,d円", operation.amount()));
        if (operation.providerCode() != null) {
            text.append(" コード ").append(operation.providerCode());
        }
        if (operation.providerMessage() != null) {
            text.append(" ").append(operation.providerMessage());
        }
        if (operation.resolution() != null) {
            text.append(" 解決: ").append(operation.resolution());
        }
        return text.toString();
    }
}
