package com.orderdesk.subscription.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import com.orderdesk.subscription.IntervalUnit;
import com.orderdesk.subscription.SubscriptionInterval;

/**
 * The delivery dates of a subscription: cycle {@code anchorCycle} is delivered on
 * {@code anchorDate}, and every later cycle is counted from that anchor (never from the previous,
 * possibly shortened, date). Months use {@link LocalDate#plusMonths}, which puts a day the month
 * lacks on its last day; a fixed day of the month does the same with {@code min(day, length)}.
 */
public record Schedule(SubscriptionInterval interval, LocalDate anchorDate, int anchorCycle) {

    /** The delivery date of {@code cycle}; cycles before the anchor are not part of this schedule. */
    public LocalDate deliveryDate(int cycle) {
        if (cycle < anchorCycle) {
            throw new IllegalArgumentException("cycle " + cycle + " lies before the anchor cycle " + anchorCycle);
        }
        long steps = (long) (cycle - anchorCycle) * interval.every();
        return switch (interval.unit()) {
            case DAYS -> anchorDate.plusDays(steps);
            case WEEKS -> anchorDate.plusWeeks(steps);
            case MONTHS -> anchorDate.plusMonths(steps);
            case DAY_OF_MONTH -> onDay(YearMonth.from(anchorDate).plusMonths(steps), interval.dayOfMonth());
        };
    }

    /**
     * The first delivery date of a schedule that should start on or after {@code from}: {@code from}
     * itself, or for a fixed day of the month the first such day (month-end rule applied) not before it.
     */
    public static LocalDate firstDelivery(SubscriptionInterval interval, LocalDate from) {
        if (interval.unit() != IntervalUnit.DAY_OF_MONTH) {
            return from;
        }
        LocalDate inThisMonth = onDay(YearMonth.from(from), interval.dayOfMonth());
        return inThisMonth.isBefore(from) ? onDay(YearMonth.from(from).plusMonths(1), interval.dayOfMonth()) : inThisMonth;
    }

    private static LocalDate onDay(YearMonth month, Integer day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
