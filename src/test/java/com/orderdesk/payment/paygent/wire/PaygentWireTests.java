package com.orderdesk.payment.paygent.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.payment.gateway.kit.MalformedReply;
import org.junit.jupiter.api.Test;

/** Paygent's formats: telegrams, CRLF replies in Shift_JIS, and the notice's hc. */
class PaygentWireTests {

    private static final PaygentCredentials LOGIN = new PaygentCredentials("M0001", "C0001", "pw-secret");

    @Test
    void hcMatchesThePublishedExample() {
        Map<String, String> notice = Map.of("payment_notice_id", "11111", "payment_id", "2222222", "trading_id",
                "TRADE12345", "payment_type", "20", "payment_amount", "1500");

        assertThat(NoticeHash.of(notice, "abcdefg1234567"))
                .isEqualTo("532c08fd7f44b6d9b910beeccdb90d4baab640ddd8d8232e4407ed42d4fef782");
    }

    @Test
    void hcIsVerifiedInAnyCaseAndRefusedWhenAnyHashedFieldChanges() {
        Map<String, String> notice = new LinkedHashMap<>(Map.of("payment_notice_id", "11111", "payment_id", "2222222",
                "trading_id", "TRADE12345", "payment_type", "20", "payment_amount", "1500"));
        notice.put("hc", "532C08FD7F44B6D9B910BEECCDB90D4BAAB640DDD8D8232E4407ED42D4FEF782");
        assertThat(NoticeHash.verifies(notice, "abcdefg1234567")).isTrue();

        notice.put("payment_amount", "1501");
        assertThat(NoticeHash.verifies(notice, "abcdefg1234567")).isFalse();
        notice.put("payment_amount", "1500");
        assertThat(NoticeHash.verifies(notice, "another-key")).isFalse();
        notice.remove("hc");
        assertThat(NoticeHash.verifies(notice, "abcdefg1234567")).isFalse();
    }

    @Test
    void telegramsCarryTheCommonFieldsThenTheirOwn() {
        assertThat(Telegram.verify(LOGIN, "pay_abc", "OD-000001-1").fields()).containsExactly(
                Map.entry("merchant_id", "M0001"), Map.entry("connect_id", "C0001"),
                Map.entry("connect_password", "pw-secret"), Map.entry("telegram_kind", "343"),
                Map.entry("telegram_version", "1.0"), Map.entry("paidy_payment_id", "pay_abc"),
                Map.entry("trading_id", "OD-000001-1"));
        assertThat(Telegram.capture(LOGIN, "P1").fields()).containsEntry("telegram_kind", "341").containsEntry("payment_id", "P1");
        assertThat(Telegram.cancel(LOGIN, "P1").fields()).containsEntry("telegram_kind", "340");
        assertThat(Telegram.refund(LOGIN, "P1", 1200).fields()).containsEntry("telegram_kind", "342")
                .containsEntry("amount", "1200");
        assertThat(Telegram.status(LOGIN, "P1").fields()).containsEntry("telegram_kind", "094");
    }

    @Test
    void thePasswordNeverReachesALog() {
        Telegram telegram = Telegram.capture(LOGIN, "P1");

        assertThat(PaygentWire.masked(telegram.fields())).contains("connect_password=****").doesNotContain("pw-secret");
        assertThat(LOGIN.toString()).doesNotContain("pw-secret");
    }

    @Test
    void repliesAreCrlfLinesInShiftJisWithEmptyValuesKept() {
        byte[] body = "result=1\r\nresponse_code=90002\r\nresponse_detail=審査が完了していません\r\npayment_id=\r\n"
                .getBytes(PaygentWire.CHARSET);

        TelegramReply reply = TelegramReply.parse(body);

        assertThat(reply.error()).isTrue();
        assertThat(reply.responseCode()).isEqualTo("90002");
        assertThat(reply.fields()).containsEntry("payment_id", "").containsEntry("response_detail", "審査が完了していません");
        assertThat(reply.describe()).contains("response_code=90002").contains("審査");
    }

    @Test
    void aResultOtherThanZeroOrOneIsACommunicationFailureNotAnError() {
        TelegramReply reply = TelegramReply.parse("result=2\r\n".getBytes(PaygentWire.CHARSET));

        assertThat(reply.succeeded()).isFalse();
        assertThat(reply.error()).isFalse();
    }

    @Test
    void aBodyThatIsNotAReplyIsMalformed() {
        assertThatThrownBy(() -> TelegramReply.parse("<html>502 Bad Gateway</html>".getBytes(PaygentWire.CHARSET)))
                .isInstanceOf(MalformedReply.class);
        assertThatThrownBy(() -> TelegramReply.parse("payment_id=1\r\n".getBytes(PaygentWire.CHARSET)))
                .isInstanceOf(MalformedReply.class).hasMessageContaining("without result");
    }
}
