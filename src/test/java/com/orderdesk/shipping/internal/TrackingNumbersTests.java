package com.orderdesk.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.shipping.Carrier;
import org.junit.jupiter.api.Test;

class TrackingNumbersTests {

    @Test
    void yamatoNumbersCarryTheFirstElevenDigitsMod7AsLastDigit() {
        assertThat(TrackingNumbers.problem(Carrier.YAMATO, "123456789013")).isEmpty();
        assertThat(TrackingNumbers.problem(Carrier.YAMATO, "389711074012")).as("a real B2 number").isEmpty();
        assertThat(TrackingNumbers.problem(Carrier.YAMATO, "123456789014")).hasValueSatisfying(
                problem -> assertThat(problem).contains("check digit", "3"));
        assertThat(TrackingNumbers.problem(Carrier.YAMATO, "123456789017")).as("7-9 never valid").isPresent();
        assertThat(TrackingNumbers.problem(Carrier.YAMATO, "12345678901")).hasValueSatisfying(
                problem -> assertThat(problem).contains("12 digits"));
        assertThat(TrackingNumbers.problem(Carrier.YAMATO, "12345678901A")).isPresent();
        assertThat(TrackingNumbers.withCheckDigit("38971107401")).isEqualTo("389711074012");
    }

    @Test
    void numbersAreNormalisedBeforeTheyAreChecked() {
        assertThat(TrackingNumbers.normalize("1234-5678-9013")).isEqualTo("123456789013");
        assertThat(TrackingNumbers.normalize("１２３４－５６７８ ９０１３")).isEqualTo("123456789013");
        assertThat(TrackingNumbers.normalize("ee 123456785 jp")).isEqualTo("EE123456785JP");
    }

    @Test
    void sagawaUsesTheSameMod7Rule() {
        assertThat(TrackingNumbers.problem(Carrier.SAGAWA, "512547514334")).isEmpty();
        assertThat(TrackingNumbers.problem(Carrier.SAGAWA, "512547514335")).isPresent();
        assertThat(TrackingNumbers.problem(Carrier.SAGAWA, "5125475143")).as("10-digit Sagawa is unverified").isPresent();
    }

    @Test
    void japanPostTakesTwelveAndElevenDigitMod7NumbersAndUpuS10() {
        assertThat(TrackingNumbers.problem(Carrier.JAPAN_POST, "405548424886")).isEmpty();
        assertThat(TrackingNumbers.problem(Carrier.JAPAN_POST, "405548424885")).isPresent();
        assertThat(TrackingNumbers.problem(Carrier.JAPAN_POST, "12345678903")).as("書留: first 10 mod 7").isEmpty();
        assertThat(TrackingNumbers.problem(Carrier.JAPAN_POST, "12345678904")).isPresent();
        assertThat(TrackingNumbers.problem(Carrier.JAPAN_POST, "EE123456785JP")).isEmpty();
        assertThat(TrackingNumbers.problem(Carrier.JAPAN_POST, "EE123456784JP")).isPresent();
        assertThat(TrackingNumbers.problem(Carrier.JAPAN_POST, "EE123456785US")).isPresent();
        assertThat(TrackingNumbers.s10CheckDigit("47312482")).as("UPU S10 example AA473124829GB").isEqualTo(9);
    }

    @Test
    void otherCarriersTakeAnyShortAlphanumericReference() {
        assertThat(TrackingNumbers.problem(Carrier.OTHER, "ABC123")).isEmpty();
        assertThat(TrackingNumbers.problem(Carrier.OTHER, "ABC_123")).isPresent();
        assertThat(TrackingNumbers.problem(Carrier.OTHER, "")).isPresent();
    }
}
