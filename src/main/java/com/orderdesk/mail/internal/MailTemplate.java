package com.orderdesk.mail.internal;

import java.time.Instant;

/** A template's current version with its settings: what sends it and whether automatically. */
public record MailTemplate(String code, String language, String name, MailTrigger trigger, boolean autoSend,
        int version, String subject, String body, Instant updatedAt, String updatedBy) {

    /** One stored version of a template's text. */
    public record Version(int version, String subject, String body, Instant createdAt, String createdBy) {
    }
}
