package com.orderdesk.payment.dsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How OrderDesk's ids and customer data are fitted to DSK's registration fields. */
class DskRegistrationsTests {

    @Test
    void providerOrderIdsThatFitAreSentAsTheyAre() {
        assertThat(DskOrderId.of("OD-000123-2")).isEqualTo("OD-000123-2");
        assertThat(DskOrderId.of("A2345678901234567890")).hasSize(20).isEqualTo("A2345678901234567890");
    }

    @Test
    void longOrForeignIdsKeepTheirDistinguishingEnd() {
        assertThat(DskOrderId.of("SHOPNAME-2026-0000123-12")).isEqualTo("NAME-2026-0000123-12");
        assertThat(DskOrderId.of("注文_12345-1")).isEqualTo("12345-1");
        assertThatThrownBy(() -> DskOrderId.of("注文")).isInstanceOf(IllegalArgumentException.class);
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
