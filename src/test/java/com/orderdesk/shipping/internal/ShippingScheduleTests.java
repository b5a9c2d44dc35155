package com.orderdesk.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ShippingScheduleTests {

    @Test
    void expectedShipDateIsTheJapanDateOfPlacingPlusLeadDays() {
        // 2026-11-23 16:30 UTC is already 2026-11-24 in Japan.
        assertThat(ShippingSchedule.expectedShipDate(Instant.parse("2026-11-23T16:30:00Z"), null, 2))
                .isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(ShippingSchedule.expectedShipDate(Instant.parse("2026-11-23T10:00:00Z"), null, 0))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aWishedDeliveryDateWins() {
        assertThat(ShippingSchedule.expectedShipDate(Instant.parse("2026-11-23T10:00:00Z"), LocalDate.of(2026, 12, 1), 2))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
