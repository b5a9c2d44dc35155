package com.orderdesk.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * 対応状況: where an order stands in the shop's workflow. CANCELLED and COMPLETED are closed;
 * CANCELLED is final.
 */
public enum OrderStatus {
    NEW,
    PROCESSING,
    SHIPPED,
    COMPLETED,
    CANCELLED;

    /** The statuses an order in this status may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(PROCESSING, SHIPPED, CANCELLED);
            case PROCESSING -> EnumSet.of(NEW, SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(PROCESSING, COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** Whether lines, fees, adjustment and points may still change (not once COMPLETED or CANCELLED). */
    public boolean allowsAmountEdits() {
        return this != COMPLETED && this != CANCELLED;
    }
}
