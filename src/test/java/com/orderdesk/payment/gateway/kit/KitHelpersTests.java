package com.orderdesk.payment.gateway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NotificationReceiver.Answer;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import org.junit.jupiter.api.Test;

/** The kit's small helpers, each the one rule every adapter follows. */
class KitHelpersTests {

    private static ProviderSettings settings(Environment environment, String allowlist) {
        return new ProviderSettings(true, environment, "http://provider.invalid", Map.of(),
                allowlist == null ? Map.of() : Map.of(SourceAllowlist.OPTION, allowlist));
    }

    @Test
    void anEmptyAllowlistAdmitsNobodyLiveAndOnlyLoopbackInTheSandbox() {
        assertThatThrownBy(() -> SourceAllowlist.verify("X", "127.0.0.1", settings(Environment.PRODUCTION, null)))
                .isInstanceOfSatisfying(NotificationRejected.class, e -> assertThat(e.unauthenticated()).isTrue());
        assertThatThrownBy(() -> SourceAllowlist.verify("X", "203.0.113.5", settings(Environment.TEST, " , ")))
                .hasMessageContaining("empty");
        assertThatCode(() -> SourceAllowlist.verify("X", "127.0.0.1", settings(Environment.SANDBOX, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> SourceAllowlist.verify("X", "::1", settings(Environment.SANDBOX, "")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SourceAllowlist.verify("X", "192.168.1.9", settings(Environment.SANDBOX, null)))
                .isInstanceOf(NotificationRejected.class);
        assertThatThrownBy(() -> SourceAllowlist.verify("X", "localhost", settings(Environment.SANDBOX, null)))
                .as("names are never resolved").isInstanceOf(NotificationRejected.class);
    }

    @Test
    void aListAdmitsExactlyItsAddressesAndRanges() {
        ProviderSettings live = settings(Environment.PRODUCTION, "210.197.108.0/24, 192.0.2.7, not-an-ip");
        assertThatCode(() -> SourceAllowlist.verify("X", "210.197.108.44", live)).doesNotThrowAnyException();
        assertThatCode(() -> SourceAllowlist.verify("X", "192.0.2.7", live)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SourceAllowlist.verify("X", "127.0.0.1", live)).hasMessageContaining("127.0.0.1");
    }

    @Test
    void secretsMatchOnlyExactlyAndNeverWhenMissing() {
        assertThat(Secrets.matches("pass", "pass")).isTrue();
        assertThat(Secrets.matches("pas", "pass")).isFalse();
        assertThat(Secrets.matches("", "")).isTrue();
        assertThat(Secrets.matches(null, "")).isFalse();
    }

    @Test
    void providerOrderIdsFitTheProvidersLengthAndAlphabetAndStayUniquePerAttempt() {
        ProviderOrderIds gmo = new ProviderOrderIds(27, "A-Za-z0-9-");
        assertThat(gmo.of("OD-000123", 2)).isEqualTo("OD-000123-2");
        String shortened = gmo.of("ショップ_OD/0000000000000000000000000001", 12);
        assertThat(shortened).hasSize(27).matches("[A-Za-z0-9-]+").endsWith("-12").contains("0001-");
        assertThat(gmo.of("ショップ_OD/0000000000000000000000000001", 13)).isNotEqualTo(shortened);
        assertThat(gmo.of("A_1", 1)).as("a changed number gets a checksum: OD_1 and OD1 differ").isNotEqualTo(gmo.of("A1", 1));
        assertThatThrownBy(() -> new ProviderOrderIds(8, "0-9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transportFailuresMapToNotSentUnknownAndFailed() {
        ProviderOutcomes outcomes = new ProviderOutcomes(ScriptedGateway.CODE, "status query");

        assertThatThrownBy(() -> outcomes.guard(OperationKind.CANCEL, () -> {
            throw new ProviderTransportFailure.NotSent("refused", null);
        })).isInstanceOf(ProviderUnavailable.class);
        GatewayResult unknown = outcomes.guard(OperationKind.CANCEL, () -> {
            throw new ProviderTransportFailure.NoAnswer("read timeout", null);
        });
        GatewayResult malformed = outcomes.guard(OperationKind.CANCEL, () -> {
            throw new MalformedReply("html");
        });
        GatewayResult rejected = outcomes.guard(OperationKind.CANCEL, () -> {
            throw new ProviderTransportFailure.Rejected("HTTP 404");
        });

        assertThat(unknown.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        assertThat(unknown.errorMessage()).contains("read timeout").contains("テスト決済 is asked (status query)");
        assertThat(malformed.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        assertThat(rejected.outcome()).isEqualTo(GatewayOutcome.FAILED);
        assertThat(outcomes.declined(OperationKind.CANCEL, "-1", "paid").outcome()).isEqualTo(GatewayOutcome.DECLINED);
    }

    @Test
    void literalAcknowledgementsAnswerEachResultTheProvidersWay() {
        LiteralAcknowledgements dsk = new LiteralAcknowledgements("text/plain", "OK", "NG", 500);

        assertThat(dsk.answer(Answer.ACCEPTED)).extracting("status", "body").containsExactly(200, "OK");
        assertThat(dsk.answer(Answer.UNAUTHENTICATED)).extracting("status", "body").containsExactly(403, "NG");
        assertThat(dsk.answer(Answer.UNREADABLE)).extracting("status", "body").containsExactly(400, "NG");
        assertThat(dsk.answer(Answer.NOT_STORED)).extracting("status", "body").containsExactly(500, "NG");
    }

    @Test
    void noticeFieldsRejectUnreadableValuesInsteadOfTakingThemAsAbsent() {
        NoticeFields fields = new NoticeFields("X", Map.of("amount", "1500", "bad", "1,500", "at", "20261124101500",
                "when", "yesterday", "blank", " "));
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

        assertThat(fields.yen("amount")).isEqualTo(1500);
        assertThat(fields.yen("missing")).isNull();
        assertThatThrownBy(() -> fields.yen("bad")).isInstanceOfSatisfying(NotificationRejected.class,
                e -> assertThat(e.unauthenticated()).isFalse());
        assertThat(fields.japanTime("at", pattern)).isEqualTo(Instant.parse("2026-11-24T01:15:00Z"));
        assertThatThrownBy(() -> fields.japanTime("when", pattern)).isInstanceOf(NotificationRejected.class);
        assertThatThrownBy(() -> fields.required("blank")).hasMessageContaining("without blank");
        assertThat(fields.keep(List.of("amount", "blank", "missing"))).containsOnlyKeys("amount");
    }

    @Test
    void xmlRepliesAreReadFlatAndNeverResolveEntities() {
        byte[] reply = """
                <?xml version="1.0" encoding="UTF-8"?>
                <return><returnCode>0</returnCode><result>3</result><orderNo>OD-1-1</orderNo></return>"""
                .getBytes(StandardCharsets.UTF_8);
        XmlReplies.XmlReply read = XmlReplies.read(reply);
        assertThat(read.root()).isEqualTo("return");
        assertThat(read.fields()).containsEntry("returnCode", "0").containsEntry("result", "3")
                .containsEntry("orderNo", "OD-1-1");

        byte[] shiftJis = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><return><name>山田</name></return>"
                .getBytes(FormCodec.WINDOWS_31J);
        assertThat(XmlReplies.read(shiftJis).fields()).containsEntry("name", "山田");

        byte[] xxe = """
                <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><a>&x;</a></r>"""
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XmlReplies.read(xxe)).isInstanceOf(MalformedReply.class);
        assertThatThrownBy(() -> XmlReplies.read("<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedReply.class);
    }
}
