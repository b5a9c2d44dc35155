package com.orderdesk.console.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How the console writes yen and times (Japan time), used from the templates as {@code @fmt}. */
@Component("fmt")
class ConsoleFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    public String yen(long amount) {
        return String.format("%,d円", amount);
    }

    public String dateTime(@Nullable Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ShopTime.ZONE));
    }

    public String dateTimeSeconds(@Nullable Instant at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at.atZone(ShopTime.ZONE));
    }
}
