package com.orderdesk.mail.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message of a rendered mail, Japanese done right: subject and sender name as RFC
 * 2047 encoded words (Jakarta Mail splits them into words of at most 75 characters and folds the
 * header), a text/plain body in the configured charset whose transfer encoding Jakarta Mail picks
 * so that no line exceeds the limits (base64 or quoted-printable for UTF-8; 7bit for ISO-2022-JP
 * while its lines fit 998 octets),
 * CRLF line ends, and a Message-ID fixed per mail so that a repeated attempt carries the same one.
 * ISO-2022-JP is used only when it can carry every character; otherwise the mail goes as UTF-8 and
 * the reason is returned, never a {@code ?} in place of a character.
 */
@Component
class MailComposer {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final MailProperties properties;

    MailComposer(MailProperties properties) {
        this.properties = properties;
    }

    /** A composed mail: the message to hand to the transport, its source as sent, and any note. */
    record Composed(MimeMessage message, String rawSource, Charset charset, @Nullable String note) {
    }

    Composed compose(UUID mailId, String recipient, String subject, String body, Instant date) {
        Charset charset = properties.charset();
        String note = null;
        if (!charset.equals(StandardCharsets.UTF_8) && !(carries(charset, subject) && carries(charset, body)
                && carries(charset, properties.fromName()))) {
            note = charset.name() + " cannot carry every character of this mail; sent as UTF-8";
            charset = StandardCharsets.UTF_8;
        }
        try {
            MimeMessage message = new FixedIdMimeMessage(SESSION, "<" + mailId + "@" + properties.messageIdDomain() + ">");
            MimeMessageHelper helper = new MimeMessageHelper(message, false, charset.name());
            helper.setFrom(new InternetAddress(properties.from(), encoded(properties.fromName(), charset)));
            if (properties.replyTo() != null && !properties.replyTo().isBlank()) {
                helper.setReplyTo(properties.replyTo());
            }
            helper.setTo(new InternetAddress(recipient, true));
            if (properties.shopCopy() != null && !properties.shopCopy().isBlank()) {
                helper.setBcc(properties.shopCopy());
            }
            // B encoding, as Japanese mail conventionally uses it (Jakarta Mail would pick Q for mostly-ASCII text).
            message.setHeader("Subject", MimeUtility.fold(9, encoded(subject, charset)));
            helper.setSentDate(Date.from(date));
            String text = body.replace("\n", "\r\n");
            helper.setText(text);
            if (sevenBitJis(charset, text)) {
                // Jakarta Mail counts ESC as non-ASCII and would pick quoted-printable; JIS is 7-bit by design.
                message.setHeader("Content-Transfer-Encoding", "7bit");
            }
            message.saveChanges();
            return new Composed(message, source(message), charset, note);
        } catch (MessagingException | UnsupportedEncodingException invalid) {
            throw new MailPreparationException("cannot compose the mail: " + invalid.getMessage(), invalid);
        }
    }

    /** ISO-2022-JP text whose lines all fit the 998-octet limit goes as 7bit, as Japanese mail conventionally does. */
    private static boolean sevenBitJis(Charset charset, String text) {
        return charset.name().equals("ISO-2022-JP")
                && Arrays.stream(text.split("\r\n")).allMatch(line -> line.getBytes(charset).length <= 998);
    }

    private static String encoded(String text, Charset charset) throws UnsupportedEncodingException {
        return MimeUtility.encodeText(text, charset.name(), "B");
    }

    private static boolean carries(Charset charset, String text) {
        return charset.newEncoder().canEncode(text);
    }

    private static String source(MimeMessage message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out, new String[] {"Bcc"});
        } catch (IOException cannotHappen) {
            throw new MessagingException("cannot write the message", cannotHappen);
        }
        // Every header and body line is 7-bit or 8-bit ASCII-safe after encoding; Latin-1 keeps bytes as they are.
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** A MimeMessage whose Message-ID is ours, not a fresh one at every {@code saveChanges()}. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
