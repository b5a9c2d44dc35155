package com.orderdesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The shop's calendar: business dates (order dates, capture windows, month ends) are Japan time. */
public final class ShopTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private ShopTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /**
     * The last Japan date on which something due by {@code deadline} can still be done: a deadline
     * at 00:00 ends the day before, so the day is taken one second earlier.
     */
    public static LocalDate lastDayBefore(Instant deadline) {
        return dateOf(deadline.minusSeconds(1));
    }
}
