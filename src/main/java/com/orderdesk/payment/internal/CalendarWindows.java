package com.orderdesk.payment.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.orderdesk.shared.ShopTime;

/**
 * Provider windows counted in Japanese calendar days (Asia/Tokyo dates), not in 24-hour days. The
 * day the window opens is day 1, so an N-day window ends at 00:00 JST on the date N days after it
 * opened. This is never later than N × 24 hours from the opening, so OrderDesk never tries what the
 * provider would already refuse; no provider's documentation states how it counts a partial first
 * day (gmo-pg.md, paygent-paidy.md are silent), so this conservative count is an assumption.
 */
final class CalendarWindows {

    private CalendarWindows() {
    }

    /** The instant an N-day window opened at {@code openedAt} closes. */
    static Instant end(Instant openedAt, int days) {
        return lastDay(openedAt, days).plusDays(1).atStartOfDay(ShopTime.ZONE).toInstant();
    }

    /** The last Tokyo date on which the window is still open. */
    static LocalDate lastDay(Instant openedAt, int days) {
        return ShopTime.dateOf(openedAt).plusDays(days - 1L);
    }
}
