package com.orderdesk.payment.dsk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How OrderDesk's ids and customer data are fitted to DSK's registration fields. */
class DskRegistrationsTests {

    @Test
    void providerOrderIdsThatFitAreTheOrderNumberAndAttempt() {
        assertThat(DskPaymentGateway.ORDER_IDS.of("OD-000123", 2)).isEqualTo("OD-000123-2");
        assertThat(DskPaymentGateway.ORDER_IDS.of("A23456789012345678", 1)).hasSize(20)
                .isEqualTo("A23456789012345678-1");
    }

    @Test
    void longOrForeignOrderNumbersKeepTheirDistinguishingEndWithinTwentyCharacters() {
        String id = DskPaymentGateway.ORDER_IDS.of("SHOPNAME-2026-0000123", 12);
        assertThat(id).hasSize(20).matches("[0-9A-Za-z-]+").startsWith("2026-0000123-").endsWith("-12");
        assertThat(DskPaymentGateway.ORDER_IDS.of("注文_12345", 1)).matches("12345-[0-9A-Z]{4}-1");
        assertThat(DskPaymentGateway.ORDER_IDS.of("SHOPA-2026-0000123", 1))
                .as("numbers sharing an end stay apart").isNotEqualTo(DskPaymentGateway.ORDER_IDS.of("SHOPB-2026-0000123", 1));
    }

    @Test
    void nameIsSplitAtTheFirstSpaceIntoFamilyAndGivenName() {
        assertThat(DskRegistrations.names("山田 太郎")).containsExactly("山田", "太郎");
        assertThat(DskRegistrations.names("山田　花子")).containsExactly("山田", "花子");
        assertThat(DskRegistrations.names("株式会社クラフト")).containsExactly("株式会社クラフト", "");
        assertThat(DskRegistrations.names("寿限無寿限無五劫の擦り切れ 太郎")[0]).hasSize(10);
    }

    @Test
    void phoneKeepsDigitsAndHyphens() {
        assertThat(DskRegistrations.phone("０９０（1111）2222")).isEqualTo("09011112222");
        assertThat(DskRegistrations.phone("03-1234-5678")).isEqualTo("03-1234-5678");
    }
}
