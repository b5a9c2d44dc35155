package com.orderdesk.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import com.orderdesk.shared.ShopTime;

/** A clock a test moves by hand (to a Japan date, or forward by a duration); the application reads it everywhere. */
public class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    /** Sets the clock to 09:00 Japan time on {@code date}. */
    public void setDate(LocalDate date) {
        now.set(date.atTime(LocalTime.of(9, 0)).atZone(ShopTime.ZONE).toInstant());
    }

    public void advance(java.time.Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
