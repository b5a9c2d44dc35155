package com.orderdesk.mail.web;

import java.util.List;

import com.orderdesk.mail.internal.MailSending;
import com.orderdesk.mail.internal.MailTemplate;
import com.orderdesk.mail.internal.MailTemplates;
import com.orderdesk.mail.internal.MailTrigger;
import com.orderdesk.shared.EntityTags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mail templates (メールテンプレート): read them and their versions (operators), edit them or make
 * an older version current again (ADMIN; every text change is a new version, the ETag is the
 * version, If-Match guards against lost edits), and preview one against a real order.
 */
@RestController
@RequestMapping("/api/admin/mail/templates")
class MailTemplateAdminController {

    private final MailTemplates templates;
    private final MailSending sending;

    MailTemplateAdminController(MailTemplates templates, MailSending sending) {
        this.templates = templates;
        this.sending = sending;
    }

    record TemplateList(List<MailTemplate> templates) {
    }

    record TemplateWithVersions(MailTemplate template, List<MailTemplate.Version> versions) {
    }

    record TemplateEdit(@Nullable @Size(max = 200) String name, @NotBlank @Size(max = 1000) String subject,
            @NotBlank @Size(max = 100_000) String body, @Nullable Boolean autoSend, @Nullable MailTrigger trigger) {
    }

    record PreviewRequest(@NotBlank String orderNumber, @Nullable @Size(max = 1000) String subject,
            @Nullable @Size(max = 100_000) String body, @Nullable @Size(max = 20_000) String message) {
    }

    @GetMapping
    TemplateList list() {
        return new TemplateList(templates.all());
    }

    @GetMapping("/{code}")
    ResponseEntity<TemplateWithVersions> get(@PathVariable String code, @RequestParam(defaultValue = "ja") String language) {
        MailTemplate template = templates.get(code, language);
        return ResponseEntity.ok().eTag(EntityTags.of(template.version()))
                .body(new TemplateWithVersions(template, templates.versions(code, language)));
    }

    @PutMapping("/{code}")
    ResponseEntity<MailTemplate> save(@PathVariable String code, @RequestParam(defaultValue = "ja") String language,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TemplateEdit edit) {
        MailTemplate saved = templates.save(code, language, new MailTemplates.Edit(edit.name(), edit.subject(),
                edit.body(), edit.autoSend(), edit.trigger(), ifMatch == null ? null : EntityTags.requiredVersion(ifMatch, "mail template")));
        return ResponseEntity.ok().eTag(EntityTags.of(saved.version())).body(saved);
    }

    @PostMapping("/{code}/versions/{version}/restore")
    MailTemplate restore(@PathVariable String code, @PathVariable int version,
            @RequestParam(defaultValue = "ja") String language) {
        return templates.restore(code, language, version);
    }

    @PostMapping("/{code}/preview")
    MailSending.Preview preview(@PathVariable String code, @RequestParam(defaultValue = "ja") String language,
            @Valid @RequestBody PreviewRequest request) {
        return sending.preview(request.orderNumber(), new MailSending.Draft(code, language, request.subject(),
                request.body(), request.message()));
    }
}
