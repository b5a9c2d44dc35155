package com.orderdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Japanese mail as it leaves and as a client reads it, through a real SMTP server: subject and
 * sender name as RFC 2047 encoded words no longer than 75 characters on header lines no longer than
 * 78, the body in UTF-8 (base64) or ISO-2022-JP (7bit), and a mail that ISO-2022-JP cannot carry
 * sent as UTF-8 instead of with {@code ?} in place of its characters.
 */
class MailComposerTests {

    private static final String SUBJECT = "【テスト茶舗】ご注文ありがとうございます（ご注文番号 OD-000123）お支払い方法選択ページのご案内";
    private static final String BODY = "山田 太郎 様\n\nこのたびはテスト茶舗をご利用いただき、誠にありがとうございます。"
            + "下記の内容でご注文を承りました。お支払い方法選択ページからお支払いください。お支払い期限は2026年12月4日23時59分です。"
            + "ご不明な点がございましたら、本メールにご返信ください。\n〜 ～ ー − 髙 は表記ゆれの多い文字です\n";

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    @BeforeEach
    void start() {
        smtp.start();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void utf8MailHasEncodedHeadersShortLinesAndReadsBackUnchanged() throws Exception {
        MailComposer.Composed composed = composer(StandardCharsets.UTF_8).compose(UUID.randomUUID(), "taro@example.jp",
                SUBJECT, BODY, Instant.parse("2026-11-29T10:00:00Z"));

        MimeMessage received = sendAndReceive(composed);

        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("テスト茶舗");
        assertThat(received.getContent().toString()).isEqualTo(BODY.replace("\n", "\r\n"));
        assertThat(received.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(received.getHeader("Content-Transfer-Encoding")[0]).isEqualTo("base64");
        assertThat(composed.rawSource()).contains("Subject: =?UTF-8?B?").doesNotContain("?Q?");
        assertLinesAtMost78AndWordsAtMost75(GreenMailUtil.getWholeMessage(received));
        assertThat(composed.note()).isNull();
    }

    @Test
    void iso2022JpMailIs7BitAndReadsBackUnchanged() throws Exception {
        String body = "山田 太郎 様\n\nご注文ありがとうございます。〜 お支払いをお待ちしております。\n";
        MailComposer.Composed composed = composer(Charset.forName("ISO-2022-JP")).compose(UUID.randomUUID(),
                "taro@example.jp", SUBJECT, body, Instant.parse("2026-11-29T10:00:00Z"));

        MimeMessage received = sendAndReceive(composed);

        assertThat(composed.charset().name()).isEqualTo("ISO-2022-JP");
        assertThat(received.getContentType()).isEqualToIgnoringCase("text/plain; charset=ISO-2022-JP");
        assertThat(received.getHeader("Content-Transfer-Encoding")[0]).isEqualTo("7bit");
        assertThat(composed.rawSource()).contains("Subject: =?ISO-2022-JP?B?");
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        // SMTP's end-of-data takes the last line break of a 7bit body with it.
        assertThat(received.getContent().toString().stripTrailing()).isEqualTo(body.replace("\n", "\r\n").stripTrailing());
        String whole = GreenMailUtil.getWholeMessage(received);
        assertThat(whole.chars().allMatch(c -> c < 128)).as("7-bit only").isTrue();
        assertLinesAtMost78AndWordsAtMost75(whole);
    }

    @Test
    void aMailIso2022JpCannotCarryGoesAsUtf8AndSaysSo() throws Exception {
        String body = "① ㈱テスト茶舗 髙橋 様 ～ 🍵\n";
        MailComposer.Composed composed = composer(Charset.forName("ISO-2022-JP")).compose(UUID.randomUUID(),
                "taro@example.jp", "ご注文①のご案内", body, Instant.parse("2026-11-29T10:00:00Z"));

        MimeMessage received = sendAndReceive(composed);

        assertThat(composed.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(composed.note()).isEqualTo("ISO-2022-JP cannot carry every character of this mail; sent as UTF-8");
        assertThat(received.getSubject()).isEqualTo("ご注文①のご案内");
        assertThat(received.getContent().toString()).isEqualTo(body.replace("\n", "\r\n")).doesNotContain("?");
    }

    @Test
    void theMessageIdIsTheMailsOwnOnEveryAttempt() throws Exception {
        UUID id = UUID.randomUUID();
        MailComposer composer = composer(StandardCharsets.UTF_8);

        String first = composer.compose(id, "taro@example.jp", "件名", "本文\n", Instant.now()).message().getMessageID();
        String second = composer.compose(id, "taro@example.jp", "件名", "本文\n", Instant.now()).message().getMessageID();

        assertThat(first).isEqualTo(second).isEqualTo("<" + id + "@shop.example.jp>");
    }

    private MimeMessage sendAndReceive(MailComposer.Composed composed) throws Exception {
        sender.send(composed.message());
        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(5).toMillis(), 1)).isTrue();
        return smtp.getReceivedMessages()[0];
    }

    private static void assertLinesAtMost78AndWordsAtMost75(String source) {
        String headers = source.substring(0, source.indexOf("\r\n\r\n"));
        assertThat(Arrays.stream(source.split("\r\n"))).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(headers.split("\\s+")).filteredOn(word -> word.startsWith("=?"))
                .isNotEmpty().allSatisfy(word -> assertThat(word.length()).isLessThanOrEqualTo(75));
    }

    private static MailComposer composer(Charset charset) {
        return new MailComposer(new MailProperties("shop@tea.example.jp", "テスト茶舗", null, null, "テスト茶舗",
                "shop@tea.example.jp", "ja", charset, "shop.example.jp", Duration.ofSeconds(5), 50, 6,
                Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2)));
    }
}
