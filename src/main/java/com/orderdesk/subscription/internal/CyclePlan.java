package com.orderdesk.subscription.internal;

import java.time.LocalDate;

/**
 * The cycle a generator run orders: its number, delivery and order dates, and the first cycle that
 * was due ({@code firstMissedCycle} = {@code cycle} when none was missed).
 */
public record CyclePlan(int cycle, LocalDate deliveryDate, LocalDate orderDate, int firstMissedCycle) {

    public int missedCycles() {
        return cycle - firstMissedCycle;
    }
}
