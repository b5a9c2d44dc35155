package com.orderdesk.payment.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.orderdesk.payment.internal.methods.FeeBand;
import com.orderdesk.payment.internal.methods.PaymentFee;
import com.orderdesk.shared.TaxCategory;
import org.junit.jupiter.api.Test;

class PaymentFeeTests {

    private final PaymentFee bands = new PaymentFee(PaymentFee.Type.BANDS, null,
            List.of(new FeeBand(0, 330), new FeeBand(10_000, 440), new FeeBand(30_000, 660)), TaxCategory.STANDARD_10);

    @Test
    void aFixedFeeIsTheSameForEveryAmount() {
        PaymentFee fixed = new PaymentFee(PaymentFee.Type.FIXED, 275L, null, TaxCategory.STANDARD_10);

        assertThat(fixed.feeFor(0)).isEqualTo(275);
        assertThat(fixed.feeFor(1_000_000)).isEqualTo(275);
        assertThat(PaymentFee.NONE.feeFor(5_000)).isZero();
    }

    @Test
    void eachBandStartsAtItsFromAmountInclusive() {
        assertThat(bands.feeFor(0)).isEqualTo(330);
        assertThat(bands.feeFor(9_999)).isEqualTo(330);
        assertThat(bands.feeFor(10_000)).isEqualTo(440);
        assertThat(bands.feeFor(29_999)).isEqualTo(440);
        assertThat(bands.feeFor(30_000)).isEqualTo(660);
        assertThat(bands.feeFor(5_000_000)).isEqualTo(660);
    }

    @Test
    void aBlankFeeLabelShowsAsTheDefault() {
        assertThat(new PaymentFee(PaymentFee.Type.FIXED, 330L, null, TaxCategory.STANDARD_10, " ").displayLabel())
                .isEqualTo("支払手数料");
        assertThat(new PaymentFee(PaymentFee.Type.FIXED, 330L, null, TaxCategory.STANDARD_10, "掛け払い手数料").displayLabel())
                .isEqualTo("掛け払い手数料");
    }
}
