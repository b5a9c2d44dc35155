package com.orderdesk.payment.kakebarai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.orderdesk.payment.gateway.kit.MalformedReply;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import org.junit.jupiter.api.Test;

/** The error scheme, the XML reply and the form, as the fact sheet records them. */
class KakebaraiWireTests {

    @Test
    void errorCodesAreReadAfterThePublicScheme() {
        assertThat(KakebaraiError.of("A060004").kind()).isEqualTo(KakebaraiError.Kind.OVER_CREDIT_LINE);
        assertThat(KakebaraiError.of("G55").kind()).isEqualTo(KakebaraiError.Kind.OVER_CREDIT_LINE);
        assertThat(KakebaraiError.of("A020004").kind()).isEqualTo(KakebaraiError.Kind.DUPLICATE_ORDER);
        assertThat(KakebaraiError.of("G61").kind()).isEqualTo(KakebaraiError.Kind.SUSPENDED);
        assertThat(KakebaraiError.of("B020005").kind()).isEqualTo(KakebaraiError.Kind.NOT_CANCELLABLE);
        assertThat(KakebaraiError.of("9900001").kind()).isEqualTo(KakebaraiError.Kind.SYSTEM_UNCLEAR);
        assertThat(KakebaraiError.of("0500002").kind()).isEqualTo(KakebaraiError.Kind.SYSTEM_NOTHING_DONE);
        KakebaraiError unlisted = KakebaraiError.of("D040002");
        assertThat(unlisted.kind()).isEqualTo(KakebaraiError.Kind.FIELD_CHECK);
        assertThat(unlisted.meaning()).contains("AN040").contains("field 04").contains("check 0002");
        assertThat(KakebaraiError.of("X1").kind()).isEqualTo(KakebaraiError.Kind.OTHER);
        assertThat(KakebaraiError.api('G')).contains(KakebaraiApi.AN070);
    }

    @Test
    void repliesAreFlatXmlWithAReturnCode() {
        ReturnCodeReply reply = ReturnCodeReply.read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <return><returnCode>0</returnCode><returnDate>20261123</returnDate><judgeStatus>ご利用可</judgeStatus></return>"""
                .strip().getBytes(StandardCharsets.UTF_8));

        assertThat(reply.succeeded()).isTrue();
        assertThat(reply.field("judgeStatus")).isEqualTo("ご利用可");
        assertThatThrownBy(() -> ReturnCodeReply.read("<return><x>1</x></return>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedReply.class);
        assertThatThrownBy(() -> ReturnCodeReply.read("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedReply.class);
    }

    @Test
    void everyCallCarriesTheMerchantCodeAndPasswordToItsOwnPath() {
        KakebaraiRequest request = KakebaraiRequest.of(KakebaraiApi.AN070, new KakebaraiCredentials("123456789", "pw"),
                Map.of("buyerId", "1111"));

        assertThat(request.fields()).containsExactly(Map.entry("traderCode", "123456789"), Map.entry("passWord", "pw"),
                Map.entry("buyerId", "1111"));
        assertThat(KakebaraiApi.AN070.path()).isEqualTo("/AN070APIAction.action");
        assertThat(new String(KakebaraiForm.encode(request), StandardCharsets.UTF_8))
                .isEqualTo("traderCode=123456789&passWord=pw&buyerId=1111");
        assertThatThrownBy(() -> new KakebaraiCredentials("12345678", "pw")).hasMessageContaining("9 digits");
        assertThat(new KakebaraiCredentials("123456789", "pw").toString()).doesNotContain("pw]").contains("****");
    }

    @Test
    void widthsCountFullWidthCharactersTwice() {
        assertThat(KakebaraiText.width("ABCｱｲ")).isEqualTo(5);
        assertThat(KakebaraiText.width("煎茶")).isEqualTo(4);
        assertThat(KakebaraiText.fits("あ".repeat(30), 60)).isTrue();
        assertThat(KakebaraiText.fits("あ".repeat(31), 60)).isFalse();
    }
}
