package com.orderdesk.subscription;

import java.util.ArrayList;
import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A subscription's repetition: {@code every} days, weeks or months, or the {@code dayOfMonth} of
 * every {@code every}-th month. Month-end rule: a day that a month does not have (the 31st, the
 * 30th and 29th in February) falls on that month's last day, and the next month that has it gets
 * it again; months are always counted from the anchor, never from the shortened date, so the
 * schedule does not drift (31 Jan → 29 Feb → 31 Mar → 30 Apr).
 */
@Embeddable
public record SubscriptionInterval(
        @Enumerated(EnumType.STRING) @Column(name = "interval_unit", nullable = false) IntervalUnit unit,
        @Column(name = "interval_every", nullable = false) int every,
        @Column(name = "day_of_month") @Nullable Integer dayOfMonth) {

    public static final int MAX_EVERY = 366;

    /**
     * @throws InvalidInput naming {@code <prefix>every} or {@code <prefix>dayOfMonth} when the
     *         combination is not a schedule
     */
    public static SubscriptionInterval of(String prefix, IntervalUnit unit, @Nullable Integer every,
            @Nullable Integer dayOfMonth) {
        List<FieldError> errors = new ArrayList<>();
        int repeat = every == null ? 1 : every;
        if (repeat < 1 || repeat > MAX_EVERY) {
            errors.add(new FieldError(prefix + "every", "must be between 1 and " + MAX_EVERY));
        }
        if (unit == IntervalUnit.DAY_OF_MONTH) {
            if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31) {
                errors.add(new FieldError(prefix + "dayOfMonth",
                        "must be a day between 1 and 31 for DAY_OF_MONTH (31 means the last day of every month)"));
            }
        } else if (dayOfMonth != null) {
            errors.add(new FieldError(prefix + "dayOfMonth", "is only used with unit DAY_OF_MONTH"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new SubscriptionInterval(unit, repeat, unit == IntervalUnit.DAY_OF_MONTH ? dayOfMonth : null);
    }

    /** Readable for the history: {@code every 2 MONTHS}, {@code day 31 of every month}. */
    public String describe() {
        if (unit == IntervalUnit.DAY_OF_MONTH) {
            return "day " + dayOfMonth + " of every " + (every == 1 ? "month" : every + " months");
        }
        return "every " + every + " " + unit;
    }
}
