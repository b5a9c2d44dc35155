package com.orderdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which numbers can receive an SMS. */
class PhoneNumbersTests {

    @Test
    void mobileNumbersInTheFormsShoppersTypeThem() {
        assertThat(PhoneNumbers.isMobile("090-1234-5678")).isTrue();
        assertThat(PhoneNumbers.isMobile("08012345678")).isTrue();
        assertThat(PhoneNumbers.isMobile("070 1234 5678")).isTrue();
        assertThat(PhoneNumbers.isMobile("060-1234-5678")).isTrue();
        assertThat(PhoneNumbers.isMobile("+81-90-1234-5678")).isTrue();
        assertThat(PhoneNumbers.isMobile("０９０ー１２３４ー５６７８")).isTrue();
    }

    @Test
    void landlinesAndOtherNumbersAreNot() {
        assertThat(PhoneNumbers.isMobile("03-1234-5678")).isFalse();
        assertThat(PhoneNumbers.isMobile("0570-666-370")).isFalse();
        assertThat(PhoneNumbers.isMobile("050-1234-5678")).as("IP phone").isFalse();
        assertThat(PhoneNumbers.isMobile("090-1234-567")).isFalse();
        assertThat(PhoneNumbers.isMobile(null)).isFalse();
        assertThat(PhoneNumbers.isMobile("")).isFalse();
    }
}
