package com.orderdesk.mail.internal;

import java.nio.charset.Charset;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.mail.*}: who the shop's mail comes from and how the outbox worker behaves. The
 * SMTP server itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} mails
 * stay in the in-app outbox (status SANDBOX) and nothing is sent.
 *
 * @param from the sender address of every customer mail
 * @param fromName the sender's display name (the shop's name), RFC 2047-encoded
 * @param replyTo where replies go, if not to {@code from}
 * @param shopCopy an address that receives a blind copy of every mail (受注通知用コピー), if any
 * @param shopName the shop's name as {@code {{shop.name}}}
 * @param shopEmail the shop's contact address as {@code {{shop.email}}}
 * @param defaultLanguage the language of automatic mails (templates are per language)
 * @param charset UTF-8, or ISO-2022-JP for recipients whose clients need it; a mail that
 *        ISO-2022-JP cannot carry (①, ㈱, emoji, 髙) goes out as UTF-8 and says so in its note
 * @param messageIdDomain the right-hand side of the Message-ID, stable per mail across retries
 * @param pollInterval how often the worker looks for due mails
 * @param batchSize how many mails one worker pass sends at most
 * @param maxAttempts sending attempts before a mail is FAILED
 * @param initialBackoff wait after the first failed attempt; doubled after each further one
 * @param maxBackoff the longest wait between attempts
 * @param paymentStartWait how long a mail waits for the order's payment to finish starting (so the
 *        注文受付 mail carries the DSK selection URL) before it goes without it
 */
@ConfigurationProperties("orderdesk.mail")
public record MailProperties(
        @DefaultValue("shop@example.jp") String from,
        @DefaultValue("OrderDesk Shop") String fromName,
        @Nullable String replyTo,
        @Nullable String shopCopy,
        @DefaultValue("OrderDesk Shop") String shopName,
        @DefaultValue("shop@example.jp") String shopEmail,
        @DefaultValue("ja") String defaultLanguage,
        @DefaultValue("UTF-8") Charset charset,
        @DefaultValue("orderdesk.local") String messageIdDomain,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT30S") Duration initialBackoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT2M") Duration paymentStartWait) {
}
