package com.orderdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Without a mail server (the default: no spring.mail.host) nothing is sent: every mail is rendered,
 * composed and kept in the outbox as SANDBOX, where the admin API shows its text and source, and the
 * order's history says it was not sent.
 */
class MailSandboxIntegrationTests extends IntegrationTestSupport {

    @Autowired
    MailWorker worker;

    @BeforeEach
    void defaultTemplates() throws Exception {
        try (var script = getClass().getResourceAsStream("/db/migration/V161__mail_default_templates.sql")) {
            jdbc.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void mailsStayInTheOutboxAsSandboxWhenNoMailServerIsConfigured() throws Exception {
        String number = api.asOperator().post("/api/admin/orders", TestOrders.order()).json().at("/number").asString();
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM mail_messages WHERE order_number = ?", Long.class, number) == 1);

        worker.sendDue();

        JsonNode outbox = api.asOperator().get("/api/admin/mail/messages?orderNumber=" + number).json();
        assertThat(outbox.at("/mode").asString()).isEqualTo("SANDBOX");
        JsonNode mail = outbox.at("/mails/0");
        assertThat(mail.at("/status").asString()).isEqualTo("SANDBOX");
        assertThat(mail.at("/subject").asString()).isEqualTo("【OrderDesk Shop】ご注文ありがとうございます（ご注文番号 " + number + "）");
        assertThat(mail.at("/body").asString()).contains("山田 太郎 様", "合計: 3,830円");
        assertThat(api.asOperator().download("/api/admin/mail/messages/" + mail.at("/id").asString() + "/source").text())
                .contains("Subject: =?UTF-8?B?", "Content-Transfer-Encoding: base64");
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").json().findValuesAsString("description"))
                .anySatisfy(line -> assertThat(line).startsWith("メール未送信 (メールサーバー未設定: サンドボックスの送信箱に保存) ORDER_RECEIVED v1"));
    }
}
