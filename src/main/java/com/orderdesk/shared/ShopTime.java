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
}
