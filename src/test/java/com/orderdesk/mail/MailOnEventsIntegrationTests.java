package com.orderdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.shipping.ShippingTestData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Each event's mail end to end: the event happens through the REST API (or the provider's
 * notification), the mail reaches the SMTP server with the order's data, the mail log keeps its
 * rendered text and the order's history says it was sent.
 */
class MailOnEventsIntegrationTests extends MailIntegrationTestSupport {

    @Autowired
    NotificationInbox inbox;

    @Test
    void orderReceivedMailCarriesTheOrderThePaymentMethodsTextAndThePaymentPage() throws Exception {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE,
                com.orderdesk.payment.PaymentStatus.PENDING, "WAITING", Map.of())
                .withNextAction(new NextAction(NextAction.Type.PAYMENT_PAGE, "https://pay.example/select?id=42", Map.of(),
                        Instant.parse("2026-12-04T14:59:00Z"))));
        String number = placeOrder(METHOD);

        JsonNode logged = awaitMail(number, "ORDER_RECEIVED");
        MimeMessage mail = receivedBy("taro.yamada@example.jp").get(0);

        assertThat(logged.at("/status").asString()).isEqualTo("SENT");
        assertThat(mail.getSubject()).isEqualTo("【テスト茶舗】ご注文ありがとうございます（ご注文番号 " + number + "）");
        String body = text(mail);
        assertThat(body).startsWith("山田 太郎 様\n")
                .contains("■ご注文番号: " + number)
                .contains("Product TEA-001\n  1,100円 × 2 = 2,200円")
                .contains("合計: 3,830円")
                .contains("■お支払い方法: 掛け払い KAKE\n【お支払いについて】\nお支払い方法選択ページ:\n"
                        + "https://pay.example/select?id=42\n請求書をお送りします。\nお支払い期限: 2026年12月4日 23:59")
                .contains("〒150-0001 東京都渋谷区神宮前1-2-3 ヤマダビル 4F")
                .doesNotContain("{{");
        assertThat(logged.at("/body").asString()).isEqualTo(body);
        assertThat(historyOf(number)).anySatisfy(line -> assertThat(line)
                .startsWith("メール送信 ORDER_RECEIVED v1 → taro.yamada@example.jp「【テスト茶舗】ご注文ありがとうございます"));
    }

    @Test
    void paymentReceivedMailWhenTheShopperPaid() throws Exception {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE,
                com.orderdesk.payment.PaymentStatus.PENDING, "WAITING", Map.of()));
        String number = placeOrder(METHOD);
        awaitMail(number, "ORDER_RECEIVED");

        accept("key=P-1&order=" + number + "-1&status=PAID&amount=3830&at=2026-11-24T10:00:00Z");

        JsonNode logged = awaitMail(number, "PAYMENT_RECEIVED");
        assertThat(logged.at("/status").asString()).isEqualTo("SENT");
        assertThat(logged.at("/subject").asString()).isEqualTo("【テスト茶舗】ご入金を確認いたしました（ご注文番号 " + number + "）");
        assertThat(logged.at("/body").asString()).contains("■ご入金額: 3,830円", "■お支払い方法: 掛け払い KAKE");
        assertThat(awaitReceived(2)).extracting(MimeMessage::getSubject).contains(logged.at("/subject").asString());
    }

    @Test
    void paymentFailedMailTellsTheCustomerWhatToDo() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.declined(OperationKind.AUTHORIZE, "G12", "declined"));
        String number = placeOrder(METHOD);

        JsonNode logged = awaitMail(number, "PAYMENT_FAILED");

        assertThat(logged.at("/status").asString()).isEqualTo("SENT");
        assertThat(logged.at("/subject").asString()).contains("お支払い手続きが完了しませんでした", number);
        assertThat(logged.at("/body").asString()).contains("（掛け払い KAKE）の手続きが完了しませんでした",
                "他のお支払い方法でのお手続きをご希望の場合は");
    }

    @Test
    void aReviewThatEndsWithoutApprovalSendsTheKessaiFukaMail() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE,
                com.orderdesk.payment.PaymentStatus.UNDER_REVIEW, "審査中", Map.of()));
        String number = placeOrder(METHOD);
        awaitMail(number, "ORDER_RECEIVED");

        accept("key=R-1&order=" + number + "-1&status=FAILED&at=2026-11-24T10:30:00Z");

        JsonNode logged = awaitMail(number, "PAYMENT_FAILED");
        assertThat(logged.at("/status").asString()).isEqualTo("SENT");
        assertThat(logged.at("/body").asString()).contains("後払いの審査・認証が完了しなかった場合");
    }

    @Test
    void shippedMailCarriesCarrierTrackingNumberAndTrackingLink() {
        String number = authorizedOrder();
        String tracking = ShippingTestData.yamato(12345678901L);

        var shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                ShippingTestData.shipment("YAMATO", tracking));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);

        JsonNode logged = awaitMail(number, "SHIPPED");
        assertThat(logged.at("/status").asString()).isEqualTo("SENT");
        assertThat(logged.at("/body").asString()).contains("2026年11月20日に発送いたしました", "■配送会社: ヤマト運輸",
                tracking + "\n配送状況: https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=" + tracking);
    }

    @Test
    void cancelledMailBecauseTheProviderSendsTheShopperNone() {
        String number = authorizedOrder();

        var cancelled = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);

        JsonNode logged = awaitMail(number, "CANCELLED");
        assertThat(logged.at("/status").asString()).isEqualTo("SENT");
        assertThat(logged.at("/subject").asString()).isEqualTo("【テスト茶舗】ご注文キャンセルのお知らせ（ご注文番号 " + number + "）");
        assertThat(logged.at("/body").asString()).contains("下記のご注文をキャンセルいたしました。", "■合計: 3,830円");
    }

    @Test
    void aTemplateSwitchedOffSendsNothingByItself() {
        var off = api.asAdmin().put("/api/admin/mail/templates/ORDER_RECEIVED", Map.of(
                "subject", "ご注文 {{order.number}}", "body", "{{customer.name}} 様", "autoSend", false));
        assertThat(off.status()).as(off.text()).isEqualTo(200);

        String number = authorizedOrder();
        api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));

        awaitMail(number, "CANCELLED");
        assertThat(mailsOf(number).valueStream().map(mail -> mail.at("/templateCode").asString()))
                .containsExactly("CANCELLED");
    }

    private UUID accept(String body) {
        var raw = ScriptedGateway.notification(body);
        ParsedNotification parsed = gateway.parsed(raw);
        UUID id = inbox.accept(raw, parsed);
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of("PROCESSED", "FAILED").contains(
                jdbc.queryForObject("SELECT status FROM payment_notifications WHERE id = ?", String.class, id)));
        return id;
    }
}
