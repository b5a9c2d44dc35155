package com.orderdesk.payment.gateway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Yamato-style XML reply and the error table, shared by the Kuroneko adapters. */
class ReturnCodeReplyTests {

    private static byte[] xml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsANormalReplyWithItsFunctionFields() {
        ReturnCodeReply reply = ReturnCodeReply.read(xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><return>"
                + "<returnCode>0</returnCode><returnDate>20261129120000</returnDate><result>3</result>"
                + "<orderNo>OD-1-1</orderNo></return>"));

        assertThat(reply.succeeded()).isTrue();
        assertThat(reply.root()).isEqualTo("return");
        assertThat(reply.errorCode()).isNull();
        assertThat(reply.field("result")).isEqualTo("3");
        assertThat(reply.field("missing")).isNull();
    }

    @Test
    void anErrorReplyCarriesItsCode() {
        ReturnCodeReply reply = ReturnCodeReply.read(xml("<return><returnCode>1</returnCode><errorCode> kaara049E </errorCode></return>"));

        assertThat(reply.succeeded()).isFalse();
        assertThat(reply.errorCode()).isEqualTo("kaara049E");
    }

    @Test
    void aBodyWithoutReturnCodeOrWithADoctypeIsMalformed() {
        assertThatThrownBy(() -> ReturnCodeReply.read(xml("<html><body>502 Bad Gateway</body></html>")))
                .isInstanceOf(MalformedReply.class).hasMessageContaining("returnCode");
        assertThatThrownBy(() -> ReturnCodeReply.read(xml("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><return><returnCode>&x;</returnCode></return>")))
                .isInstanceOf(MalformedReply.class);
    }

    @Test
    void theErrorTableNamesKnownCodesAndMarksUnknownOnes() {
        ErrorTable table = new ErrorTable("Yamato", Map.of("kaara049E", "決済金額総計:指定桁数(6桁)以内であること"));

        assertThat(table.describe("kaara049E")).isEqualTo("kaara049E 決済金額総計:指定桁数(6桁)以内であること");
        assertThat(table.describe("kaara777E")).isEqualTo("kaara777E (not in OrderDesk's Yamato error table)");
        assertThat(table.describe(null)).contains("no error code");
        assertThat(table.knows("kaara049E")).isTrue();
    }
}
