package com.orderdesk.access.web;

import java.util.List;

import com.orderdesk.access.internal.AuditLog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN: the audit log of changes to operator accounts, API keys, personal access tokens, provider
 * settings and payment methods, newest first, optionally of one subject type.
 */
@RestController
@Validated
class AuditLogController {

    private final AuditLog audit;

    AuditLogController(AuditLog audit) {
        this.audit = audit;
    }

    record AuditPage(List<AuditLog.Entry> entries) {
    }

    @GetMapping("/api/admin/audit-log")
    AuditPage list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[a-z-]{1,32}") String subjectType) {
        return new AuditPage(audit.recent(limit, subjectType));
    }
}
