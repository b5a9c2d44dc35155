package com.orderdesk.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.PreconditionFailed;
import com.orderdesk.shared.StateConflict;
import com.orderdesk.shared.UnprocessableRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Template administration: read templates with their versions, and save an edit as a new version
 * (an edit that leaves the text as it is changes only the settings). A text is checked before it is
 * stored by rendering it against example data, so a misspelt placeholder or a broken section is a
 * 422 naming the field, not a failed mail later.
 */
@Service
public class MailTemplates {

    static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,64}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final MailTemplateStore store;
    private final MailRenderer renderer;
    private final MailData data;
    private final Clock clock;

    MailTemplates(MailTemplateStore store, MailRenderer renderer, MailData data, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.data = data;
        this.clock = clock;
    }

    /** Every template's current version, by code and language. */
    @Transactional(readOnly = true)
    public List<MailTemplate> all() {
        return store.all();
    }

    /** @throws NotFound when there is no such template */
    @Transactional(readOnly = true)
    public MailTemplate get(String code, String language) {
        return store.find(code, language).orElseThrow(() -> new NotFound("Mail template", code + " (" + language + ")"));
    }

    /** Newest first. @throws NotFound when there is no such template */
    @Transactional(readOnly = true)
    public List<MailTemplate.Version> versions(String code, String language) {
        get(code, language);
        return store.versions(code, language);
    }

    /** An edit or a new template. Null settings keep the current ones (new: name = code, MANUAL, not automatic). */
    public record Edit(@Nullable String name, String subject, String body, @Nullable Boolean autoSend,
            @Nullable MailTrigger trigger, @Nullable Long expectedVersion) {
    }

    /**
     * Saves the edit as the template's new current version, or creates the template (version 1).
     *
     * @throws InvalidInput (400) for a malformed code or language
     * @throws UnprocessableRequest (422) naming {@code subject} or {@code body} when the text does not render
     * @throws PreconditionFailed (412) when {@code expectedVersion} is not the current version
     * @throws StateConflict (409) when the trigger of an existing template would change
     */
    @Transactional
    public MailTemplate save(String code, String language, Edit edit) {
        checkKey(code, language);
        check(edit.subject(), edit.body());
        Instant now = clock.instant();
        String actor = CurrentActor.name();
        var existing = store.lock(code, language);
        if (existing.isEmpty()) {
            if (edit.expectedVersion() != null && edit.expectedVersion() != 0) {
                throw new PreconditionFailed("stale-template-version", "Template changed",
                        "template " + code + " (" + language + ") does not exist; expected version " + edit.expectedVersion());
            }
            MailTrigger trigger = edit.trigger() == null ? MailTrigger.MANUAL : edit.trigger();
            store.create(code, language, edit.name() == null ? code : edit.name(), trigger,
                    edit.autoSend() != null ? edit.autoSend() : trigger != MailTrigger.MANUAL, edit.subject(), edit.body(),
                    actor, now);
            return get(code, language);
        }
        MailTemplate current = existing.get();
        if (edit.expectedVersion() != null && edit.expectedVersion() != current.version()) {
            throw new PreconditionFailed("stale-template-version", "Template changed", "template " + code + " (" + language
                    + ") is at version " + current.version() + ", not " + edit.expectedVersion() + "; reload and edit again");
        }
        if (edit.trigger() != null && edit.trigger() != current.trigger()) {
            throw new StateConflict("template-trigger-fixed", "Trigger cannot change", "template " + code
                    + " is sent by " + current.trigger() + "; create another template for " + edit.trigger());
        }
        boolean newText = !current.subject().equals(edit.subject()) || !current.body().equals(edit.body());
        int version = newText ? store.versions(code, language).get(0).version() + 1 : current.version();
        store.update(code, language, edit.name() == null ? current.name() : edit.name(),
                edit.autoSend() == null ? current.autoSend() : edit.autoSend(), version, edit.subject(), edit.body(),
                actor, now, newText);
        return get(code, language);
    }

    /**
     * Makes an older version current again (as a new version with its text, so the history stays linear).
     *
     * @throws NotFound when the template or the version does not exist
     */
    @Transactional
    public MailTemplate restore(String code, String language, int version) {
        MailTemplate current = get(code, language);
        MailTemplate.Version old = store.version(code, language, version)
                .orElseThrow(() -> new NotFound("Mail template version", code + " (" + language + ") v" + version));
        return save(code, language, new Edit(current.name(), old.subject(), old.body(), null, null, null));
    }

    static void checkKey(String code, String language) {
        List<FieldError> errors = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be 1 to 64 of A-Z, 0-9, _ and -"));
        }
        if (!LANGUAGE.matcher(language).matches()) {
            errors.add(new FieldError("language", "must be a two-letter language code such as ja"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Renders the text against example data; a failure names the field and where it broke. */
    void check(String subject, String body) {
        try {
            renderer.render(subject, body, data.sample());
        } catch (MailRenderer.TemplateError broken) {
            throw new UnprocessableRequest("invalid-mail-template", broken.part() + ": " + broken.getMessage(),
                    List.of(new FieldError(broken.part(), broken.getMessage())));
        }
    }
}
