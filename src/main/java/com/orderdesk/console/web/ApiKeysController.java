package com.orderdesk.console.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.access.ApiScope;
import com.orderdesk.access.StoreApiKeys;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.ShopTime;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 設定 › APIキー (ADMIN only, by the console's filter chain): the integrators' keys with their
 * prefix and store, issuing one (the secret is shown on the answer page once, never stored or shown
 * again, and the page is not cached), rotation (a new key for the store of an existing one) and
 * revoking. A key gets the scopes ticked (all by default) and may expire at the end of a chosen day
 * (Japan time). The rules are the access module's ({@link StoreApiKeys}), as for {@code /api/admin/api-keys}.
 */
@Controller
@RequestMapping("/console/settings/api-keys")
class ApiKeysController {

    /** The REST API's limit on a key's name ({@code IssueKey.name}). */
    static final int MAX_NAME = 100;

    private final StoreApiKeys keys;
    private final Clock clock;

    ApiKeysController(StoreApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** What the issue form holds, so a refused form comes back as it was typed. */
    record IssueForm(@Nullable String name, Set<ApiScope> scopes, @Nullable LocalDate expiresOn) {
    }

    @GetMapping
    String list(Model model) {
        return page(model, Problems.none(), new IssueForm(null, EnumSet.allOf(ApiScope.class), null), null);
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) @Nullable UUID replaces,
            @RequestParam(name = "scopes", required = false) @Nullable List<String> scopeValues,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
            Model model, HttpServletResponse response) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (scopeValues != null) {
            scopeValues.forEach(value -> ApiScope.of(value).ifPresent(scopes::add));
        }
        IssueForm form = new IssueForm(name, scopes, expiresOn);
        String wanted = name.strip();
        Problems refused = wanted.isEmpty() ? Problems.field("name", "名前を入力してください")
                : wanted.length() > MAX_NAME ? Problems.field("name", "名前は" + MAX_NAME + "文字以内で入力してください")
                // the API reads no scopes as every scope; a form with every box cleared means something else
                : scopes.isEmpty() ? Problems.field("scopes", "権限を1つ以上選んでください")
                : expiresOn != null && !expiresOn.isAfter(ShopTime.dateOf(clock.instant()))
                        ? Problems.field("expiresOn", "有効期限は明日以降の日付にしてください")
                        : null;
        if (refused != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, refused, form, null);
        }
        StoreApiKeys.Issued issued;
        try {
            issued = keys.issue(wanted, scopes, endOf(expiresOn), replaces);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(model, Problems.of(problem).withField("name"), form, null);
        }
        // the secret is in this page only: no cache may keep it
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("notice", "APIキー「" + wanted + "」を発行しました。");
        return page(model, Problems.none(), new IssueForm(null, EnumSet.allOf(ApiScope.class), null), issued);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        String name = keys.revoke(id).name();
        redirect.addFlashAttribute("notice", "APIキー「" + name + "」を失効させました。このキーでの呼び出しは以後拒否されます。");
        return "redirect:/console/settings/api-keys";
    }

    /** A key valid "until" a day works through that whole day in Japan and stops at the next midnight. */
    private static @Nullable Instant endOf(@Nullable LocalDate lastDay) {
        return lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ShopTime.ZONE).toInstant();
    }

    private String page(Model model, Problems problems, IssueForm form, StoreApiKeys.@Nullable Issued issued) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        model.addAttribute("allScopes", ApiScope.values());
        model.addAttribute("issued", issued);
        return "console/settings/api-keys";
    }
}
