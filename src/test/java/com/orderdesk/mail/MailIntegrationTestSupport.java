package com.orderdesk.mail;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Base of the mail module's integration tests: the whole application with the payment core's
 * scripted gateway, sending over SMTP to a real SMTP server (GreenMail) on a loopback port, with a
 * worker that polls every 200 ms and retries after 300 ms.
 */
public abstract class MailIntegrationTestSupport extends PaymentIntegrationTestSupport {

    protected static final int SMTP_PORT = freePort();
    protected static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("orderdesk.mail.poll-interval", () -> "PT0.2S");
        registry.add("orderdesk.mail.initial-backoff", () -> "PT0.3S");
        registry.add("orderdesk.mail.max-backoff", () -> "PT1S");
        registry.add("orderdesk.mail.max-attempts", () -> "4");
        registry.add("orderdesk.mail.shop-name", () -> "テスト茶舗");
        registry.add("orderdesk.mail.from-name", () -> "テスト茶舗");
        registry.add("orderdesk.mail.from", () -> "shop@tea.example.jp");
    }

    /** The shop's default templates as their migration writes them (the tables were emptied before the test). */
    @BeforeEach
    void defaultTemplates() throws Exception {
        try (var script = getClass().getResourceAsStream("/db/migration/V161__mail_default_templates.sql")) {
            jdbc.execute(new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    /** Lets this test's mails settle before the next test empties the tables under the worker. */
    @AfterEach
    void mailsSettled() {
        await().atMost(Duration.ofSeconds(15)).until(() -> !smtp.isRunning()
                || jdbc.queryForObject("SELECT count(*) FROM mail_messages WHERE status = 'QUEUED'", Long.class) == 0);
    }

    protected static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** Waits until the SMTP server received at least {@code count} mails and returns them all. */
    protected static List<MimeMessage> awaitReceived(int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length >= count);
        return new ArrayList<>(Arrays.asList(smtp.getReceivedMessages()));
    }

    /** The mails the SMTP server received for the address. */
    protected static List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                mails.add(message);
            }
        }
        return mails;
    }

    /** The order's mail log as the API shows it. */
    protected JsonNode mailsOf(String number) {
        return api.asOperator().get("/api/admin/orders/" + number + "/mails").json().at("/mails");
    }

    /** Waits until the order has a mail of the template in a final status and returns it. */
    protected JsonNode awaitMail(String number, String templateCode) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            for (JsonNode mail : mailsOf(number)) {
                if (templateCode.equals(mail.at("/templateCode").asString())
                        && !mail.at("/status").asString().equals("QUEUED")) {
                    found[0] = mail;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    protected static String text(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException cannotBind) {
            throw new IllegalStateException(cannotBind);
        }
    }
}
