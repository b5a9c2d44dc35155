package com.orderdesk.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.orderdesk.shared.TaxCategory;
import org.junit.jupiter.api.Test;

class OrderTotalsTests {

    private static OrderLine line(long unitPrice, int quantity, TaxCategory category) {
        return new OrderLine("P", "Product", unitPrice, quantity, category);
    }

    @Test
    void keepsTenAndEightPercentBasesApartAndAddsFeesToTenPercent() {
        OrderTotals totals = OrderTotals.calculate(
                List.of(line(1100, 2, TaxCategory.STANDARD_10), line(1080, 1, TaxCategory.REDUCED_8)),
                550, 330, PriceAdjustment.NONE, 0);

        assertThat(totals.subtotal()).isEqualTo(3280);
        assertThat(totals.total()).isEqualTo(4160);
        assertThat(totals.taxBase10()).isEqualTo(2200 + 550 + 330);
        assertThat(totals.tax10()).isEqualTo(280); // 3080 × 10 / 110
        assertThat(totals.taxBase8()).isEqualTo(1080);
        assertThat(totals.tax8()).isEqualTo(80); // 1080 × 8 / 108
    }

    @Test
    void roundsTaxDownOncePerRateNotPerLine() {
        // Per line 1,099 × 10/110 = 99.9 would round to 99 three times (297);
        // once per rate: 3,297 × 10/110 = 299.7 → 299.
        OrderTotals totals = OrderTotals.calculate(List.of(line(1099, 3, TaxCategory.STANDARD_10)), 0, 0,
                PriceAdjustment.NONE, 0);

        assertThat(totals.tax10()).isEqualTo(299);
    }

    @Test
    void putsTheAdjustmentIntoItsOwnTaxCategory() {
        OrderTotals totals = OrderTotals.calculate(List.of(line(2160, 1, TaxCategory.REDUCED_8)), 0, 0,
                new PriceAdjustment(-216, "まとめ買い割引", TaxCategory.REDUCED_8), 0);

        assertThat(totals.total()).isEqualTo(1944);
        assertThat(totals.taxBase8()).isEqualTo(1944);
        assertThat(totals.tax8()).isEqualTo(144);
        assertThat(totals.taxBase10()).isZero();
    }

    @Test
    void splitsUsedPointsBetweenRatesInProportionSoBasesAddUpToTheTotal() {
        OrderTotals totals = OrderTotals.calculate(
                List.of(line(3000, 1, TaxCategory.STANDARD_10), line(1000, 1, TaxCategory.REDUCED_8)),
                0, 0, PriceAdjustment.NONE, 401);

        assertThat(totals.total()).isEqualTo(3599);
        assertThat(totals.taxBase8()).isEqualTo(1000 - 100); // floor(401 × 1000 / 4000) = 100
        assertThat(totals.taxBase10()).isEqualTo(3000 - 301);
        assertThat(totals.taxBase8() + totals.taxBase10()).isEqualTo(totals.total());
    }

    @Test
    void refusesATotalBelowZero() {
        assertThatThrownBy(() -> OrderTotals.calculate(List.of(line(500, 1, TaxCategory.STANDARD_10)), 0, 0,
                PriceAdjustment.NONE, 501))
                .isInstanceOf(NegativeOrderTotal.class)
                .hasMessageContaining("-1");
    }

    @Test
    void refusesANegativeQuantityOrPriceOnALine() {
        assertThatThrownBy(() -> line(100, 0, TaxCategory.STANDARD_10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(-1, 1, TaxCategory.STANDARD_10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void discountsRecordedAfterTheSaleComeOffTheirOwnRatesBase() {
        List<OrderLine> lines = List.of(line(1100, 2, TaxCategory.STANDARD_10), line(1080, 1, TaxCategory.REDUCED_8));
        java.time.Instant at = java.time.Instant.parse("2026-11-24T00:00:00Z");

        OrderTotals totals = OrderTotals.calculate(lines, 550, 0, PriceAdjustment.NONE,
                List.of(new OrderDiscount(50, TaxCategory.REDUCED_8, "御値引", at),
                        new OrderDiscount(110, TaxCategory.STANDARD_10, "御値引", at)), 0);

        assertThat(totals.total()).isEqualTo(3830 - 160);
        assertThat(totals.taxBase8()).isEqualTo(1080 - 50);
        assertThat(totals.tax8()).isEqualTo(76); // 1030 × 8 / 108 = 76.3
        assertThat(totals.taxBase10()).isEqualTo(2750 - 110);
        assertThat(totals.taxBase10() + totals.taxBase8()).isEqualTo(totals.total());
    }

    @Test
    void anAmountIsSplitBetweenTheRatesLikeUsedPoints() {
        OrderTotals totals = OrderTotals.calculate(
                List.of(line(1100, 2, TaxCategory.STANDARD_10), line(1080, 1, TaxCategory.REDUCED_8)), 550, 0,
                PriceAdjustment.NONE, 0);

        DiscountRequest.Split split = new DiscountRequest(500L, null, null, null).splitFor(totals);

        assertThat(split.amount8()).isEqualTo(140); // 500 × 1080 / 3830 = 140.99, rounded down
        assertThat(split.amount10()).isEqualTo(360);
    }
}
