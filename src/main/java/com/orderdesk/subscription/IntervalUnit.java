package com.orderdesk.subscription;

/**
 * How a subscription's deliveries repeat: every N days, weeks or months counted from an anchor
 * date, or on a fixed day of the month every N months.
 */
public enum IntervalUnit {
    DAYS,
    WEEKS,
    MONTHS,
    DAY_OF_MONTH
}
