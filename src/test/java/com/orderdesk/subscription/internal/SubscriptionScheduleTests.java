package com.orderdesk.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.OrderLine;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.TaxCategory;
import com.orderdesk.subscription.IntervalUnit;
import com.orderdesk.subscription.SubscriptionChanges;
import com.orderdesk.subscription.SubscriptionContent;
import com.orderdesk.subscription.SubscriptionInterval;
import com.orderdesk.subscription.SubscriptionStateConflict;
import com.orderdesk.subscription.SubscriptionStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The schedule rules (month ends, the 31st, leap days) and the subscription's own state changes. */
class SubscriptionScheduleTests {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

    private static List<LocalDate> deliveries(Schedule schedule, int cycles) {
        return IntStream.rangeClosed(schedule.anchorCycle(), schedule.anchorCycle() + cycles - 1)
                .mapToObj(schedule::deliveryDate).toList();
    }

    private static SubscriptionInterval interval(IntervalUnit unit, int every, @Nullable Integer day) {
        return SubscriptionInterval.of("interval.", unit, every, day);
    }

    @Test
    void monthlyFromThe31stFallsOnEachMonthsLastDayAndReturnsToThe31stWithoutDrifting() {
        Schedule schedule = new Schedule(interval(IntervalUnit.MONTHS, 1, null), LocalDate.of(2028, 1, 31), 1);

        assertThat(deliveries(schedule, 6)).containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 31), LocalDate.of(2028, 4, 30), LocalDate.of(2028, 5, 31), LocalDate.of(2028, 6, 30));
        assertThat(new Schedule(interval(IntervalUnit.MONTHS, 1, null), LocalDate.of(2027, 1, 31), 1).deliveryDate(2))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aFixedDayOfTheMonthIsTheMonthsLastDayWhenTheMonthIsShorter() {
        SubscriptionInterval day31 = interval(IntervalUnit.DAY_OF_MONTH, 1, 31);
        LocalDate first = Schedule.firstDelivery(day31, LocalDate.of(2028, 2, 10));
        Schedule schedule = new Schedule(day31, first, 1);

        assertThat(deliveries(schedule, 4)).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31),
                LocalDate.of(2028, 4, 30), LocalDate.of(2028, 5, 31));
        SubscriptionInterval day29 = interval(IntervalUnit.DAY_OF_MONTH, 12, 29);
        assertThat(deliveries(new Schedule(day29, Schedule.firstDelivery(day29, LocalDate.of(2027, 2, 1)), 1), 3))
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
        assertThat(Schedule.firstDelivery(interval(IntervalUnit.DAY_OF_MONTH, 1, 15), LocalDate.of(2027, 3, 16)))
                .isEqualTo(LocalDate.of(2027, 4, 15));
    }

    @Test
    void aLeapDayAnchorComesBackOnlyInLeapYears() {
        Schedule yearly = new Schedule(interval(IntervalUnit.MONTHS, 12, null), LocalDate.of(2028, 2, 29), 1);

        assertThat(deliveries(yearly, 5)).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28),
                LocalDate.of(2030, 2, 28), LocalDate.of(2031, 2, 28), LocalDate.of(2032, 2, 29));
    }

    @Test
    void daysAndWeeksCountFromTheAnchorAcrossTheYearEnd() {
        assertThat(deliveries(new Schedule(interval(IntervalUnit.WEEKS, 2, null), LocalDate.of(2027, 12, 20), 3), 3))
                .containsExactly(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 17));
        assertThat(deliveries(new Schedule(interval(IntervalUnit.DAYS, 10, null), LocalDate.of(2028, 2, 25), 1), 2))
                .containsExactly(LocalDate.of(2028, 2, 25), LocalDate.of(2028, 3, 6));
    }

    @Test
    void anIntervalThatIsNoScheduleIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SubscriptionInterval.of("interval.", IntervalUnit.DAY_OF_MONTH, 1, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("interval.dayOfMonth");
        assertThatThrownBy(() -> SubscriptionInterval.of("interval.", IntervalUnit.MONTHS, 0, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("interval.every");
        assertThatThrownBy(() -> SubscriptionInterval.of("interval.", IntervalUnit.WEEKS, 1, 5))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("only used with unit DAY_OF_MONTH");
    }

    @Test
    void missedCyclesAreCaughtUpWithOneOrderForTheLatestDueCycle() {
        Subscription subscription = monthly(LocalDate.of(2027, 1, 31), 3, null, null);

        CyclePlan plan = subscription.dueOn(LocalDate.of(2027, 5, 10)).orElseThrow();

        assertThat(plan.cycle()).isEqualTo(4);
        assertThat(plan.deliveryDate()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(plan.missedCycles()).isEqualTo(3);
        String line = subscription.ordered(plan, "OD-000001", NOW);
        assertThat(line).contains("cycles 1–3 were missed");
        assertThat(subscription.nextCycle()).isEqualTo(5);
        assertThat(subscription.deliveries()).isEqualTo(1);
        assertThat(subscription.nextDeliveryDate()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(subscription.nextOrderDate()).isEqualTo(LocalDate.of(2027, 5, 28));
        assertThat(subscription.dueOn(LocalDate.of(2027, 5, 27))).isEmpty();
    }

    @Test
    void skippingMovesToTheNextCycleWithoutADeliveryAndPausedSubscriptionsAreNeverDue() {
        Subscription subscription = monthly(LocalDate.of(2027, 1, 31), 0, null, null);

        subscription.skipNext(NOW);
        assertThat(subscription.nextCycle()).isEqualTo(2);
        assertThat(subscription.nextDeliveryDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(subscription.deliveries()).isZero();

        subscription.pause(NOW);
        assertThat(subscription.dueOn(LocalDate.of(2027, 3, 1))).isEmpty();
        assertThatThrownBy(() -> subscription.pause(NOW)).isInstanceOf(SubscriptionStateConflict.class);

        String resumed = subscription.resume(LocalDate.of(2027, 4, 1), NOW);
        assertThat(resumed).contains("cycles 2–3 fell into the pause");
        assertThat(subscription.nextCycle()).isEqualTo(4);
        assertThat(subscription.nextDeliveryDate()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void theSubscriptionEndsAfterItsCountOrItsDate() {
        Subscription counted = monthly(LocalDate.of(2027, 1, 31), 0, 2, null);
        counted.ordered(counted.dueOn(LocalDate.of(2027, 1, 31)).orElseThrow(), "OD-1", NOW);
        assertThat(counted.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        counted.ordered(counted.dueOn(LocalDate.of(2027, 2, 28)).orElseThrow(), "OD-2", NOW);
        assertThat(counted.status()).isEqualTo(SubscriptionStatus.ENDED);
        assertThat(counted.dueOn(LocalDate.of(2027, 12, 31))).isEmpty();

        Subscription dated = monthly(LocalDate.of(2027, 1, 31), 0, null, LocalDate.of(2027, 3, 30));
        CyclePlan late = dated.dueOn(LocalDate.of(2027, 6, 1)).orElseThrow();
        assertThat(late.cycle()).as("catch-up stops at the end date").isEqualTo(2);
        dated.ordered(late, "OD-3", NOW);
        assertThat(dated.status()).isEqualTo(SubscriptionStatus.ENDED);
    }

    @Test
    void anIntervalChangeKeepsTheNextDeliveryAndCountsLaterCyclesFromIt() {
        Subscription subscription = monthly(LocalDate.of(2027, 1, 31), 2, null, null);
        subscription.ordered(subscription.dueOn(LocalDate.of(2027, 1, 29)).orElseThrow(), "OD-1", NOW);

        subscription.changeInterval(interval(IntervalUnit.WEEKS, 2, null), null, LocalDate.of(2027, 2, 1), NOW);

        assertThat(subscription.nextCycle()).isEqualTo(2);
        assertThat(subscription.nextDeliveryDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(subscription.schedule().deliveryDate(3)).isEqualTo(LocalDate.of(2027, 3, 14));
        subscription.edit(new SubscriptionChanges(null, null, null, null, null, null, 5, null, null, false), NOW);
        assertThat(subscription.nextOrderDate()).isEqualTo(LocalDate.of(2027, 2, 23));
    }

    @Test
    void cancelledIsFinal() {
        Subscription subscription = monthly(LocalDate.of(2027, 1, 31), 0, null, null);
        subscription.cancel(NOW);

        assertThatThrownBy(() -> subscription.resume(LocalDate.of(2027, 2, 1), NOW)).isInstanceOf(SubscriptionStateConflict.class);
        assertThatThrownBy(() -> subscription.skipNext(NOW)).isInstanceOf(SubscriptionStateConflict.class);
        assertThat(subscription.dueOn(LocalDate.of(2027, 3, 1))).isEmpty();
    }

    private static Subscription monthly(LocalDate first, int leadDays, @Nullable Integer endAfter, @Nullable LocalDate endOn) {
        CustomerDetails customer = new CustomerDetails("山田 太郎", null, "taro@example.jp", "03-1234-5678", null, null,
                "150-0001", "東京都", "渋谷区", "1-2-3", null);
        SubscriptionContent content = new SubscriptionContent(UUID.randomUUID(), customer, null, null,
                List.of(new OrderLine("TEA-001", "煎茶", 1080, 1, TaxCategory.REDUCED_8)), 550, 0, leadDays, endAfter,
                endOn);
        return Subscription.start("SUB-000001", null, content, "CARD", "1", interval(IntervalUnit.MONTHS, 1, null), first,
                first.minusDays(leadDays + 1L), NOW);
    }
}
