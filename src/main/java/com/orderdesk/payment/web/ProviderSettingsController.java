package com.orderdesk.payment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.payment.internal.settings.ProviderOverview;
import com.orderdesk.payment.internal.settings.ConnectivityReport;
import com.orderdesk.payment.internal.settings.ProviderConnectivity;
import com.orderdesk.payment.internal.settings.ProviderSettingsAdministration;
import com.orderdesk.payment.internal.settings.ProviderSettingsAudit;
import com.orderdesk.payment.internal.settings.ProviderSettingsUpdate;
import com.orderdesk.payment.internal.settings.ProviderSettingsView;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provider settings for operators ({@code /api/admin/providers}); reading is open to operators,
 * replacing is ADMIN-only (enforced by the security configuration).
 */
@RestController
@RequestMapping("/api/admin/providers")
class ProviderSettingsController {

    private final ProviderSettingsAdministration administration;
    private final ProviderConnectivity connectivity;

    ProviderSettingsController(ProviderSettingsAdministration administration, ProviderConnectivity connectivity) {
        this.administration = administration;
        this.connectivity = connectivity;
    }

    /**
     * The body of a PUT. {@code credentials}: a name mapped to null keeps the stored value, an empty
     * string removes it.
     */
    record SettingsRequest(
            @NotNull Boolean enabled,
            @NotNull Environment environment,
            @Nullable String baseUrl,
            @Nullable Map<String, String> options,
            @Nullable Map<String, @Nullable String> credentials) {

        ProviderSettingsUpdate toUpdate() {
            return new ProviderSettingsUpdate(enabled, environment, blankToNull(baseUrl),
                    options == null ? Map.of() : options, credentials == null ? Map.of() : new HashMap<>(credentials));
        }

        private static @Nullable String blankToNull(@Nullable String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GetMapping
    List<ProviderOverview> list() {
        return administration.overview();
    }

    @GetMapping("/{slug}/settings")
    ResponseEntity<ProviderSettingsView> get(@PathVariable String slug) {
        ProviderSettingsView view = administration.view(provider(slug));
        return EntityTags.ok(view.revision(), view);
    }

    /** If-Match (the ETag of GET; "0" before the first save) is required: 428 without it, 412 when saved meanwhile. */
    @PutMapping("/{slug}/settings")
    ResponseEntity<ProviderSettingsView> replace(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody SettingsRequest request) {
        ProviderCode provider = provider(slug);
        ProviderSettingsView view = administration.replace(provider, request.toUpdate(),
                EntityTags.requiredVersion(ifMatch, "provider settings"));
        return EntityTags.ok(view.revision(), view);
    }

    /**
     * 接続確認: the provider's cheapest harmless call with the stored settings (nothing is registered
     * or changed). Always 200: {@code outcome} CONNECTED, CREDENTIALS_REJECTED or UNREACHABLE with
     * the provider's answer in {@code detail}; {@code available=false} when the provider has no such
     * call (DSK).
     */
    @PostMapping("/{slug}/connectivity-check")
    ConnectivityReport checkConnectivity(@PathVariable String slug) {
        return connectivity.check(provider(slug));
    }

    @GetMapping("/{slug}/settings/history")
    List<ProviderSettingsAudit> history(@PathVariable String slug) {
        return administration.history(provider(slug));
    }

    private static ProviderCode provider(String slug) {
        return ProviderCode.fromSlug(slug).orElseThrow(() -> new NotFound("Payment provider", slug));
    }
}
