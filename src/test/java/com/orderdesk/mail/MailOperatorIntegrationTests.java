package com.orderdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.support.TestApi.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What operators and ADMINs do with customer mail through the admin API: edit templates (ADMIN
 * only, versioned, checked before they are stored), preview one against a real order, send a
 * template or a free-form mail to an order, メール一括通知 to selected orders with one failure,
 * resend, and read the outbox with each mail's source.
 */
class MailOperatorIntegrationTests extends MailIntegrationTestSupport {

    private static final String TEMPLATES = "/api/admin/mail/templates";

    @Test
    void theShopsTemplatesAreListedPerEventWithTheirVersions() {
        JsonNode list = api.asOperator().get(TEMPLATES).json().at("/templates");
        assertThat(list.valueStream().map(t -> t.at("/code").asString() + ":" + t.at("/trigger").asString()))
                .containsExactly("CANCELLED:CANCELLED", "FREE:MANUAL", "ORDER_RECEIVED:ORDER_RECEIVED",
                        "PAYMENT_FAILED:PAYMENT_FAILED", "PAYMENT_RECEIVED:PAYMENT_RECEIVED", "SHIPPED:SHIPPED");

        Response one = api.asOperator().get(TEMPLATES + "/SHIPPED");
        assertThat(one.header("ETag")).isEqualTo("\"1\"");
        assertThat(one.json().at("/template/language").asString()).isEqualTo("ja");
        assertThat(one.json().at("/versions/0/body").asString()).contains("{{shipment.carrier}}");
    }

    @Test
    void onlyAnAdminEditsATemplateAndEveryTextChangeIsANewVersionUsedFromThenOn() throws Exception {
        Map<String, Object> edit = edit("ご注文 {{order.number}} を発送しました", "{{customer.name}} 様\n伝票番号 {{shipment.trackingNumber}}\n");
        assertThat(api.asOperator().put(TEMPLATES + "/CANCELLED", edit).status()).isEqualTo(403);

        Response saved = api.asAdmin().put(TEMPLATES + "/CANCELLED", edit("ご注文 {{order.number}} のキャンセル",
                "{{customer.name}} 様\nキャンセルしました。\n"));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().at("/version").asInt()).isEqualTo(2);
        assertThat(saved.json().at("/updatedBy").asString()).isEqualTo("admin1");
        Response settingsOnly = api.asAdmin().put(TEMPLATES + "/CANCELLED", edit("ご注文 {{order.number}} のキャンセル",
                "{{customer.name}} 様\nキャンセルしました。\n"));
        assertThat(settingsOnly.json().at("/version").asInt()).as("the same text is no new version").isEqualTo(2);
        assertThat(api.asOperator().get(TEMPLATES + "/CANCELLED").json().at("/versions").valueStream()
                .map(v -> v.at("/version").asInt())).containsExactly(2, 1);

        String number = authorizedOrder();
        awaitMail(number, "ORDER_RECEIVED");
        api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));
        JsonNode mail = awaitMail(number, "CANCELLED");
        assertThat(mail.at("/templateVersion").asInt()).isEqualTo(2);
        assertThat(mail.at("/subject").asString()).isEqualTo("ご注文 " + number + " のキャンセル");
        assertThat(historyOf(number)).anySatisfy(line -> assertThat(line).startsWith("メール送信 CANCELLED v2 →"));
    }

    @Test
    void aStaleEditIsAConflictAndAnOlderVersionCanBeMadeCurrentAgain() {
        Response first = api.asAdmin().put(TEMPLATES + "/FREE", edit("件名 {{order.number}}", "{{message}}\n"));
        assertThat(first.header("ETag")).isEqualTo("\"2\"");

        Response stale = putIfMatch("/FREE", "\"1\"", edit("別の件名", "{{message}}\n"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().at("/detail").asString()).contains("is at version 2, not 1");

        Response restored = api.asAdmin().post(TEMPLATES + "/FREE/versions/1/restore", Map.of());
        assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        assertThat(restored.json().at("/version").asInt()).isEqualTo(3);
        assertThat(restored.json().at("/subject").asString()).isEqualTo("【{{shop.name}}】ご注文（{{order.number}}）について");
    }

    @Test
    void aTemplateThatDoesNotRenderIsRefusedNamingTheFieldAndNothingIsStored() {
        Response unknown = api.asAdmin().put(TEMPLATES + "/FREE", edit("件名", "{{customer.nmae}} 様\n"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(unknown.json().at("/errors/0/message").asString()).contains("customer.nmae");

        Response unclosed = api.asAdmin().put(TEMPLATES + "/FREE", edit("{{#payment.url}}件名", "本文\n"));
        assertThat(unclosed.status()).isEqualTo(422);
        assertThat(unclosed.json().at("/errors/0/field").asString()).isEqualTo("subject");

        Response blank = api.asAdmin().put(TEMPLATES + "/FREE", edit("", "本文\n"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/errors/0/field").asString()).isEqualTo("subject");
        assertThat(api.asOperator().get(TEMPLATES + "/FREE").json().at("/template/version").asInt()).isEqualTo(1);
    }

    @Test
    void aPreviewRendersATemplateOrAnUnsavedEditAgainstARealOrderWithoutSending() {
        String number = authorizedOrder();

        Response preview = api.asOperator().post(TEMPLATES + "/ORDER_RECEIVED/preview", Map.of("orderNumber", number));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.json().at("/recipient").asString()).isEqualTo("taro.yamada@example.jp");
        assertThat(preview.json().at("/subject").asString()).contains(number);
        assertThat(preview.json().at("/body").asString()).contains("合計: 3,830円", "■お支払い方法: 掛け払い KAKE");
        assertThat(preview.json().at("/templateVersion").asInt()).isEqualTo(1);

        Response draft = api.asAdmin().post(TEMPLATES + "/ORDER_RECEIVED/preview", Map.of("orderNumber", number,
                "subject", "{{order.number}} / {{payment.status}}", "body", "{{order.total}}"));
        assertThat(draft.json().at("/subject").asString()).isEqualTo(number + " / AUTHORIZED");
        assertThat(draft.json().at("/body").asString()).isEqualTo("3,830円");

        assertThat(api.asOperator().post(TEMPLATES + "/ORDER_RECEIVED/preview", Map.of("orderNumber", "OD-999999"))
                .status()).isEqualTo(404);
        assertThat(api.asOperator().post(TEMPLATES + "/NOPE/preview", Map.of("orderNumber", number)).status())
                .isEqualTo(404);
    }

    @Test
    void anOperatorSendsAFreeFormMailOrATemplateToOneOrder() throws Exception {
        String number = authorizedOrder();
        awaitMail(number, "ORDER_RECEIVED");

        Response free = api.asOperator().post("/api/admin/orders/" + number + "/mails", Map.of(
                "subject", "ご注文 {{order.number}} の配送について", "body", "{{customer.name}} 様\n配送が1日遅れます。\n"));
        assertThat(free.status()).as(free.text()).isEqualTo(202);
        Response template = api.asOperator().post("/api/admin/orders/" + number + "/mails",
                Map.of("templateCode", "FREE", "message", "在庫を確保いたしました。"));
        assertThat(template.status()).as(template.text()).isEqualTo(202);

        List<MimeMessage> received = awaitReceived(3);
        assertThat(received).extracting(MimeMessage::getSubject)
                .contains("ご注文 " + number + " の配送について", "【テスト茶舗】ご注文（" + number + "）について");
        assertThat(awaitMail(number, "FREE").at("/body").asString()).contains("山田 太郎 様\n\n在庫を確保いたしました。");
        assertThat(historyOf(number)).filteredOn(line -> line.contains("(依頼: operator1)")).hasSize(2);

        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/mails", Map.of("subject", "件名")).json()
                .at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/mails", Map.of("templateCode", "NOPE"))
                .status()).isEqualTo(404);
        assertThat(api.asOperator().post("/api/admin/orders/OD-999999/mails", Map.of("templateCode", "FREE"))
                .status()).isEqualTo(404);
    }

    @Test
    void bulkMailToSelectedOrdersReportsEachOrderAndOneFailureStopsNoOther() throws Exception {
        String first = authorizedOrder();
        String second = authorizedOrder();
        awaitReceived(2);
        smtp.purgeEmailFromAllMailboxes();

        Response started = api.asOperator().post("/api/admin/mail/bulk", Map.of("templateCode", "FREE",
                "orderNumbers", List.of(first, "OD-999999", second, first), "message", "年末年始の休業のお知らせです。"));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String job = started.header("Location");

        await().atMost(Duration.ofSeconds(15)).until(() -> api.asOperator().get(job).json().at("/status").asString()
                .equals("COMPLETED"));
        JsonNode result = api.asOperator().get(job).json();
        assertThat(result.at("/total").asInt()).isEqualTo(3);
        assertThat(result.at("/sent").asInt()).isEqualTo(2);
        assertThat(result.at("/failed").asInt()).isEqualTo(1);
        assertThat(result.at("/items").valueStream().map(i -> i.at("/orderNumber").asString() + " " + i.at("/status").asString()))
                .containsExactly(first + " SENT", "OD-999999 FAILED", second + " SENT");
        assertThat(result.at("/items/1/error").asString()).isEqualTo("order OD-999999 not found");
        assertThat(awaitReceived(2)).extracting(m -> text(m)).allSatisfy(body -> assertThat(body).contains("年末年始の休業のお知らせです。"));

        assertThat(api.asOperator().post("/api/admin/mail/bulk", Map.of("templateCode", "FREE", "orderNumbers", List.of()))
                .status()).isEqualTo(400);
    }

    @Test
    void aSentMailCanBeResentAndTheOutboxShowsEveryMailWithItsSource() throws Exception {
        String number = authorizedOrder();
        JsonNode original = awaitMail(number, "ORDER_RECEIVED");

        Response resent = api.asOperator().post("/api/admin/mail/messages/" + original.at("/id").asString() + "/resend", Map.of());
        assertThat(resent.status()).as(resent.text()).isEqualTo(202);
        assertThat(resent.json().at("/resendOf").asString()).isEqualTo(original.at("/id").asString());

        List<MimeMessage> received = awaitReceived(2);
        assertThat(received).extracting(MimeMessage::getSubject).containsOnly(original.at("/subject").asString());
        assertThat(historyOf(number)).filteredOn(line -> line.startsWith("メール送信 ORDER_RECEIVED")).hasSize(2);

        Response outbox = api.asOperator().get("/api/admin/mail/messages?status=SENT&orderNumber=" + number);
        assertThat(outbox.json().at("/mode").asString()).isEqualTo("SMTP");
        assertThat(outbox.json().at("/mails").size()).isEqualTo(2);
        Response source = api.asOperator().download("/api/admin/mail/messages/" + original.at("/id").asString() + "/source");
        assertThat(source.header("Content-Type")).startsWith("message/rfc822");
        assertThat(source.text()).contains("Message-ID: <" + original.at("/id").asString() + "@orderdesk.local>",
                "Subject: =?UTF-8?B?", "To: taro.yamada@example.jp");
        assertThat(api.asOperator().get("/api/admin/mail/messages?status=NOPE").status()).isEqualTo(400);
    }

    private Map<String, Object> edit(String subject, String body) {
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("subject", subject);
        edit.put("body", body);
        return edit;
    }

    private Response putIfMatch(String path, String etag, Map<String, Object> body) {
        return api.asAdmin().put(TEMPLATES + path, body, "If-Match", etag);
    }
}
