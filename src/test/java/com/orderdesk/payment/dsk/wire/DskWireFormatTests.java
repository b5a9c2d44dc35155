package com.orderdesk.payment.dsk.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** DSK's Shift_JIS form and its key-order replies. */
class DskWireFormatTests {

    private static byte[] sjis(String text) {
        return text.getBytes(DskForm.CHARSET);
    }

    @Test
    void registrationReplyKeepsTheUrlWithItsAmpersandsAndEquals() {
        DskReply reply = DskReply.parse(sjis("result=0&dskid=20261123000001&url=https://kessai.example/sel?a=1&dskid=9"
                + "&sig=ab=c&message=受付しました"), DskReply.Layout.REGISTRATION);

        assertThat(reply.result()).isZero();
        assertThat(reply.succeeded()).isTrue();
        assertThat(reply.field("dskid")).isEqualTo("20261123000001");
        assertThat(reply.field("url")).isEqualTo("https://kessai.example/sel?a=1&dskid=9&sig=ab=c");
        assertThat(reply.message()).isEqualTo("受付しました");
    }

    @Test
    void errorReplyWithoutOptionalKeysIsRead() {
        DskReply reply = DskReply.parse(sjis("result=-1&message=パラメータ異常\r\n"), DskReply.Layout.REGISTRATION);

        assertThat(reply.result()).isEqualTo(DskReply.BAD_PARAMETERS);
        assertThat(reply.succeeded()).isFalse();
        assertThat(reply.field("url")).isNull();
        assertThat(reply.describe()).contains("-1").contains("設定値の異常").contains("パラメータ異常");
    }

    @Test
    void duplicateIsNotASuccess() {
        assertThat(DskReply.parse(sjis("result=-3&dskid=1&url=u&message="), DskReply.Layout.REGISTRATION).succeeded())
                .isFalse();
        assertThat(DskReply.parse(sjis("result=1&dskid=1&url=u&message="), DskReply.Layout.REGISTRATION).succeeded())
                .as("the public rule: every value but -1/-2/-99 is a success").isTrue();
    }

    @Test
    void htmlOrGarbageIsMalformed() {
        assertThatThrownBy(() -> DskReply.parse(sjis("<html>502 Bad Gateway</html>"), DskReply.Layout.CANCEL))
                .isInstanceOf(MalformedDskReply.class);
        assertThatThrownBy(() -> DskReply.parse(sjis("result=ok&message="), DskReply.Layout.CANCEL))
                .isInstanceOf(MalformedDskReply.class);
        assertThatThrownBy(() -> DskReply.parse(new byte[0], DskReply.Layout.CANCEL))
                .isInstanceOf(MalformedDskReply.class);
    }

    @Test
    void formIsShiftJisPercentEncodedAndRoundTrips() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customername1", "高橋");
        fields.put("mail", "a+b@example.jp");
        byte[] body = DskForm.encode(fields);

        assertThat(new String(body, DskForm.CHARSET)).isEqualTo("customername1=%8D%82%8B%B4&mail=a%2Bb%40example.jp");
        assertThat(DskForm.decode(body)).isEqualTo(fields);
    }

    @Test
    void maskedFormHidesThePassword() {
        RegistrationRequest request = new RegistrationRequest(new DskCredentials("T1", "topsecret"), "OD-1-1", 1500,
                LocalDate.of(2026, 11, 30), "山田", "太郎", "03-1234-5678", "t@example.jp");

        assertThat(DskForm.masked(request.form())).contains("password=****").doesNotContain("topsecret")
                .contains("expire=20261130");
        assertThat(request.credentials().toString()).doesNotContain("topsecret");
    }

    @Test
    void namesKeepJisX0208AndDropVendorCharacters() {
        assertThat(DskText.jisOnly("髙橋①ｶﾅ太郎", 10)).isEqualTo("橋ｶﾅ太郎");
        assertThat(DskText.jisOnly("あいうえおかきくけこさしす", 10)).hasSize(10);
        assertThat(DskText.jisOnly("Smith\u0007😀", 10)).isEqualTo("Smith");
    }

    @Test
    void formDecodingWorksOnBytesSoDotNetStyleEncodingSurvives() {
        // .NET's UrlEncode leaves the ASCII-range trail byte as is: テスト = %83e%83X%83g.
        assertThat(DskForm.decode("memo=%83e%83X%83g+1".getBytes(DskForm.CHARSET))).containsEntry("memo", "テスト 1");
        assertThatThrownBy(() -> DskForm.decode("memo=%8".getBytes(DskForm.CHARSET))).isInstanceOf(MalformedDskReply.class);
    }
}
