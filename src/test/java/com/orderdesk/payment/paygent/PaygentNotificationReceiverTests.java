package com.orderdesk.payment.paygent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationClassification;
import com.orderdesk.payment.gateway.NotificationReceiver.Answer;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.paygent.wire.NoticeHash;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import org.junit.jupiter.api.Test;

/** Paygent's 決済情報差分通知: the hc, what it says, and the literal answer. */
class PaygentNotificationReceiverTests {

    private final PaygentNotificationReceiver receiver = new PaygentNotificationReceiver();
    private final ProviderSettings settings = PaygentFixtures.settings("https://paygent.invalid/module");

    static Map<String, String> fields(String noticeId, String status, String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payment_notice_id", noticeId);
        fields.put("change_date", "20261124101500");
        fields.put("payment_id", "90001200319000012018");
        fields.put("trading_id", "OD-001001-1");
        fields.put("payment_type", "22");
        fields.put("site_id", "1");
        fields.put("payment_status", status);
        fields.put("payment_amount", amount);
        fields.put("paidy_payment_id", "pay_abc");
        return fields;
    }

    static InboundNotification signed(Map<String, String> fields, String key) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("hc", NoticeHash.of(fields, key));
        return raw(body);
    }

    static InboundNotification raw(Map<String, String> body) {
        return new InboundNotification(PaygentPaidyProvider.CODE, "203.0.113.9", Map.of(),
                "application/x-www-form-urlencoded", PaygentWire.encode(body), PaygentWire.CHARSET,
                Instant.parse("2026-11-24T01:16:00Z"));
    }

    private NotificationClassification classify(InboundNotification raw) {
        return receiver.classify(receiver.parse(raw, settings));
    }

    @Test
    void aCaptureNoticeIsLocatedByPaygentsPaymentIdAndDeduplicatedByItsNoticeId() {
        var notice = receiver.parse(signed(fields("N-1", "40", "4000"), PaygentFixtures.HASH_KEY), settings);

        assertThat(receiver.locate(notice)).isEqualTo(PaymentLocator.byReference("paymentId", "90001200319000012018"));
        NotificationClassification classification = receiver.classify(notice);
        assertThat(classification.deduplicationKey()).isEqualTo("N-1");
        assertThat(classification.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(classification.providerStatus()).isEqualTo("消込済");
        assertThat(classification.amount()).isEqualTo(4000);
        assertThat(classification.occurredAt()).isEqualTo(Instant.parse("2026-11-24T01:15:00Z"));
        assertThat(classification.trusted()).as("captured or refunded in part: confirmed with 094").isFalse();
    }

    @Test
    void authorizationAndCancelNoticesAreTrustedBecauseSigned() {
        assertThat(classify(signed(fields("N-2", "32", "4000"), PaygentFixtures.HASH_KEY)))
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(PaymentStatus.CANCELLED);
                    assertThat(c.trusted()).isTrue();
                });
        assertThat(classify(signed(fields("N-3", "33", "4000"), PaygentFixtures.HASH_KEY)).status())
                .isEqualTo(PaymentStatus.EXPIRED);
        assertThat(classify(signed(fields("N-4", "31", "4000"), PaygentFixtures.HASH_KEY)).status())
                .as("取消中 is in flight").isNull();
    }

    @Test
    void aWrongOrMissingHcIsRefusedAsUnauthenticated() {
        assertThatThrownBy(() -> receiver.parse(signed(fields("N-5", "40", "4000"), "not-the-key"), settings))
                .isInstanceOfSatisfying(NotificationRejected.class, e -> assertThat(e.unauthenticated()).isTrue());
        assertThatThrownBy(() -> receiver.parse(raw(fields("N-5", "40", "4000")), settings))
                .isInstanceOf(NotificationRejected.class);
        Map<String, String> tampered = new LinkedHashMap<>(fields("N-5", "40", "4000"));
        tampered.put("hc", NoticeHash.of(tampered, PaygentFixtures.HASH_KEY));
        tampered.put("payment_amount", "1");
        assertThatThrownBy(() -> receiver.parse(raw(tampered), settings)).isInstanceOf(NotificationRejected.class);
    }

    @Test
    void theSignatureIsNeverStored() {
        assertThat(receiver.secretFields()).containsExactly("hc");
        var stored = com.orderdesk.payment.gateway.StoredNotice.of(
                signed(fields("N-7", "40", "4000"), PaygentFixtures.HASH_KEY), receiver);
        assertThat(new String(stored.body(), PaygentWire.CHARSET)).doesNotContain(
                NoticeHash.of(fields("N-7", "40", "4000"), PaygentFixtures.HASH_KEY)).contains("payment_notice_id=N-7");
    }

    @Test
    void aNoticeOfAnotherPaymentTypeIsIgnored() {
        Map<String, String> card = fields("N-6", "20", "4000");
        card.put("payment_type", "02");

        NotificationClassification classification = classify(signed(card, PaygentFixtures.HASH_KEY));

        assertThat(classification.ignored()).isTrue();
        assertThat(classification.ignoredBecause()).contains("not Paidy");
    }

    @Test
    void everythingIsAnsweredResultZeroExceptANoticeThatWasNotStored() {
        for (Answer answer : new Answer[] {Answer.ACCEPTED, Answer.UNAUTHENTICATED, Answer.UNREADABLE}) {
            assertThat(receiver.answer(answer).body()).isEqualTo("result=0");
            assertThat(receiver.answer(answer).status()).isEqualTo(200);
        }
        assertThat(receiver.answer(Answer.NOT_STORED).body()).isNotEqualTo("result=0");
        assertThat(receiver.answer(Answer.NOT_STORED).status()).isEqualTo(500);
    }
}
