package com.orderdesk.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An edit (受注編集) changed the order: any field, amounts or not. {@code changes} are the readable
 * lines written to its history. An edit that moves the total also publishes {@link OrderAmountChanged}.
 */
public record OrderEdited(UUID orderId, String orderNumber, List<String> changes, Instant editedAt) {

    public OrderEdited {
        changes = List.copyOf(changes);
    }
}
