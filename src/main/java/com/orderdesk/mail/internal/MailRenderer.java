package com.orderdesk.mail.internal;

import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import org.springframework.stereotype.Component;

/**
 * Renders a template's subject and body with Mustache. Mustache is logic-less: a template edited by
 * an ADMIN can read the placeholders it is given and nothing else (no method calls, no class
 * access), which a full expression language such as Thymeleaf's would allow. Plain text: nothing is
 * HTML-escaped; a placeholder whose value is missing renders empty and counts as false in a
 * section, while a name that is no placeholder at all is an error ({@link TemplateError}).
 */
@Component
class MailRenderer {

    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(false)
            .nullValue("")
            .emptyStringIsFalse(true);

    /** A rendered mail's subject (one line) and body (CRLF-free; the composer sets the line ends). */
    record Rendered(String subject, String body) {
    }

    /** A template that does not compile or names an unknown placeholder; the message says where. */
    static final class TemplateError extends RuntimeException {

        private final String part;

        TemplateError(String part, String message) {
            super(message);
            this.part = part;
        }

        /** {@code subject} or {@code body}. */
        String part() {
            return part;
        }
    }

    Rendered render(String subjectTemplate, String bodyTemplate, Map<String, Object> context) {
        String subject = renderPart("subject", subjectTemplate, context).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        String body = renderPart("body", bodyTemplate, context).replace("\r\n", "\n").replace('\r', '\n');
        return new Rendered(subject, body);
    }

    private String renderPart(String part, String template, Map<String, Object> context) {
        try {
            return compiler.compile(template).execute(context);
        } catch (MustacheException problem) {
            throw new TemplateError(part, problem.getMessage());
        }
    }
}
