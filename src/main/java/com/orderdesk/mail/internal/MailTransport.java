package com.orderdesk.mail.internal;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands composed mails to the SMTP server Spring Boot configures from {@code spring.mail.*}. Without
 * one (no {@code spring.mail.host}, the default) there is no transport: mails stay in the outbox
 * as SANDBOX for the in-app viewer. Failures are split into those worth another attempt (no
 * connection, a 4xx answer) and those that will never succeed (a rejected recipient, bad
 * credentials), so a bad address is not retried for an hour.
 */
@Component
class MailTransport {

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

    private final JavaMailSender sender;

    MailTransport(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender.getIfAvailable();
        if (this.sender == null) {
            log.info("No mail server configured (spring.mail.host): customer mails stay in the outbox as SANDBOX");
        }
    }

    /** Whether mails are really sent. */
    boolean live() {
        return sender != null;
    }

    /** A send that failed; {@code permanent} when another attempt cannot help. */
    static final class SendFailure extends Exception {

        private final boolean permanent;

        SendFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }

    void send(MimeMessage message) throws SendFailure {
        if (sender == null) {
            throw new IllegalStateException("no mail server configured");
        }
        try {
            sender.send(message);
        } catch (MailAuthenticationException credentials) {
            throw new SendFailure("SMTP authentication failed: " + credentials.getMessage(), true, credentials);
        } catch (MailSendException failed) {
            throw new SendFailure(describe(failed), rejectedRecipient(failed), failed);
        } catch (MailException other) {
            throw new SendFailure(other.getMessage(), false, other);
        }
    }

    private static boolean rejectedRecipient(MailSendException failed) {
        for (Exception cause : failed.getMessageExceptions()) {
            if (cause instanceof SendFailedException rejected && rejected.getInvalidAddresses() != null
                    && rejected.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(MailSendException failed) {
        StringBuilder text = new StringBuilder();
        for (Exception cause : failed.getMessageExceptions()) {
            Throwable root = cause;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            text.append(cause.getMessage());
            if (root != cause) {
                text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
            }
        }
        return text.isEmpty() ? String.valueOf(failed.getMessage()) : text.toString();
    }
}
