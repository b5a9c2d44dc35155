package com.orderdesk.payment.dsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationReceiver.Answer;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.payment.gateway.ProviderSettings;
import org.junit.jupiter.api.Test;

/** DSK's payment notice: who may send it, and what it says in OrderDesk's terms. */
class DskNotificationParserTests {

    /** A sender address the operator configured for DSK (DSK publishes none; documentation range). */
    static final String DSK_ADDRESS = "203.0.113.25";
    /** CraftCart's 接続元 IP: the address the cart connects to DSK from, written into DSK's connection form. */
    static final String CART_CONNECTION_SOURCE = "52.198.37.11";
    /** Exactly the fact sheet's notice fields, in its order; no tenant id. */
    static final String PAID = "datakbn=1&dskid=20261123000001&amount=1500&paydate=20261124101500&conveni=010"
            + "&receiptno=123456789012&orderid=OD-001001-1";

    private final DskNotificationParser parser = new DskNotificationParser();
    private final ProviderSettings production = DskFixtures.settings("https://dsk.invalid", Environment.PRODUCTION,
            Map.of("notificationAllowlist", DSK_ADDRESS + ", 203.0.113.7"));

    static InboundNotification notice(String body, String from) {
        return new InboundNotification(DskProvider.CODE, from, Map.of(), "application/x-www-form-urlencoded",
                body.getBytes(DskForm.CHARSET), DskForm.CHARSET, Instant.parse("2026-11-24T01:16:00Z"));
    }

    @Test
    void paidNoticeIsPaidWithThePaidAmountAndJapanTime() {
        ParsedNotification parsed = read(notice(PAID, DSK_ADDRESS), production);

        assertThat(parsed.locator()).as("located by the orderid the registration stored")
                .isEqualTo(PaymentLocator.byReference(DskPaymentGateway.ORDER_ID, "OD-001001-1"));
        assertThat(parsed.classification().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(parsed.classification().providerStatus()).isEqualTo("入金済み");
        assertThat(parsed.classification().amount()).isEqualTo(1500);
        assertThat(parsed.classification().occurredAt()).isEqualTo(Instant.parse("2026-11-24T01:15:00Z"));
        assertThat(parsed.classification().trusted()).as("unsigned").isFalse();
        assertThat(parsed.classification().matchReferences()).as("applied only to the registration DSK gave this dskid")
                .isEqualTo(Map.of("dskid", "20261123000001"));
        assertThat(parsed.deduplicationKey()).isEqualTo("20261123000001:1:20261124101500");
        assertThat(parsed.classification().references()).containsEntry("receiptno", "123456789012")
                .containsEntry("conveni", "010").containsEntry("datakbn", "1");
    }

    @Test
    void mismatchedNoticeCarriesThePaidAmountForTheCoreToCompare() {
        ParsedNotification parsed = read(notice(PAID.replace("amount=1500", "amount=1000"), DSK_ADDRESS), production);

        assertThat(parsed.classification().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(parsed.classification().amount()).isEqualTo(1000);
    }

    @Test
    void aResentNoticeHasTheSameDeduplicationKeyAndAnotherKindDoesNot() {
        String first = read(notice(PAID, DSK_ADDRESS), production).deduplicationKey();
        String again = read(notice(PAID, "203.0.113.7"), production).deduplicationKey();
        String confirmed = read(notice(PAID.replace("datakbn=1", "datakbn=3"), DSK_ADDRESS), production)
                .deduplicationKey();

        assertThat(again).isEqualTo(first);
        assertThat(confirmed).isNotEqualTo(first);
    }

    @Test
    void paymentCancelledNoticeIsCancelled() {
        ParsedNotification parsed = read(notice(PAID.replace("datakbn=1", "datakbn=2"), DSK_ADDRESS), production);

        assertThat(parsed.classification().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(parsed.classification().providerStatus()).isEqualTo("入金取消");
        assertThat(parsed.classification().amount()).as("a reversal reports no new amount").isNull();
    }

    @Test
    void confirmationIsPaid() {
        ParsedNotification parsed = read(notice(PAID.replace("datakbn=1", "datakbn=3"), DSK_ADDRESS), production);

        assertThat(parsed.classification().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(parsed.classification().providerStatus()).isEqualTo("入金確定");
    }

    @Test
    void sourceOutsideTheAllowlistIsUnauthenticated() {
        assertThatThrownBy(() -> read(notice(PAID, "198.51.100.9"), production))
                .isInstanceOfSatisfying(NotificationRejected.class, e -> assertThat(e.unauthenticated()).isTrue())
                .hasMessageContaining("198.51.100.9");
    }

    @Test
    void theCartsConnectionSourceAddressIsNoDskSender() {
        assertThatThrownBy(() -> read(notice(PAID, CART_CONNECTION_SOURCE), production))
                .isInstanceOfSatisfying(NotificationRejected.class, e -> assertThat(e.unauthenticated()).isTrue());
    }

    @Test
    void anAmountNoDskRegistrationCanHaveIsUnreadable() {
        for (String amount : new String[] {"0", "300000", "-5"}) {
            assertThatThrownBy(() -> read(notice(PAID.replace("amount=1500", "amount=" + amount), DSK_ADDRESS), production))
                    .as(amount).isInstanceOfSatisfying(NotificationRejected.class,
                            e -> assertThat(e.unauthenticated()).isFalse());
        }
    }

    @Test
    void emptyAllowlistRejectsEverythingOutsideTheSandboxAndAllowsOnlyLoopbackInIt() {
        ProviderSettings live = DskFixtures.settings("https://dsk.invalid", Environment.PRODUCTION, Map.of());
        ProviderSettings sandbox = DskFixtures.settings("http://127.0.0.1:8080/api/sandbox/dsk", Environment.SANDBOX, Map.of());

        assertThatThrownBy(() -> read(notice(PAID, "127.0.0.1"), live)).isInstanceOf(NotificationRejected.class);
        assertThat(read(notice(PAID, "127.0.0.1"), sandbox).classification().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(read(notice(PAID, "0:0:0:0:0:0:0:1"), sandbox).classification().status()).isEqualTo(PaymentStatus.PAID);
        assertThatThrownBy(() -> read(notice(PAID, "192.168.1.20"), sandbox)).isInstanceOf(NotificationRejected.class);
    }

    @Test
    void unreadableNoticesAreRejectedAsUnreadableNotUnauthenticated() {
        for (String body : new String[] {"<html/>", PAID.replace("datakbn=1", "datakbn=9"),
                PAID.replace("orderid=OD-001001-1", "orderid="), PAID.replace("paydate=20261124101500", "paydate=yesterday"),
                PAID.replace("amount=1500", "amount=many")}) {
            assertThatThrownBy(() -> read(notice(body, DSK_ADDRESS), production))
                    .isInstanceOfSatisfying(NotificationRejected.class, e -> assertThat(e.unauthenticated()).isFalse());
        }
    }

    @Test
    void acknowledgementIsDsksLiteral() {
        assertThat(parser.answer(Answer.ACCEPTED).body()).isEqualTo("<SENBDATA>STATUS=800</SENBDATA>");
        assertThat(parser.answer(Answer.NOT_STORED).body()).doesNotContain("STATUS=800");
        assertThat(parser.answer(Answer.NOT_STORED).status()).isEqualTo(500);
    }

    /** The ingest's steps: verify the source, parse, locate, classify. */
    private ParsedNotification read(InboundNotification raw, ProviderSettings settings) {
        parser.verifySource(raw, settings);
        DskNotificationParser.DskNotice notice = parser.parse(raw, settings);
        return new ParsedNotification(parser.locate(notice), parser.classify(notice));
    }
}
