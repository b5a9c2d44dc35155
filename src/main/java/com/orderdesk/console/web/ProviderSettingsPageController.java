package com.orderdesk.console.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.internal.settings.ProviderConnectivity;
import com.orderdesk.payment.internal.settings.ProviderSettingsAdministration;
import com.orderdesk.payment.internal.settings.ProviderSettingsUpdate;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 設定 › 決済会社 (ADMIN only): every declared provider with its environment (sandbox, test,
 * production), base URL, options and credentials. The page is the same for every provider: it
 * shows the credential names the provider's settings hold (masked by the payment module, never the
 * values) and the options as text, and takes new names and values, so a new adapter's settings
 * appear without a page of its own. A credential left blank keeps its stored value.
 */
@Controller
@RequestMapping("/console/settings/providers")
class ProviderSettingsPageController {

    static final List<String> ENVIRONMENTS = List.of("SANDBOX", "TEST", "PRODUCTION");

    private final ProviderSettingsAdministration settings;
    private final ProviderConnectivity connectivity;

    ProviderSettingsPageController(ProviderSettingsAdministration settings, ProviderConnectivity connectivity) {
        this.settings = settings;
        this.connectivity = connectivity;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("providers", settings.overview());
        return "console/settings/providers";
    }

    @GetMapping("/{slug}")
    String show(@PathVariable String slug, Model model) {
        return page(provider(slug), Problems.none(), null, model);
    }

    /**
     * Replaces the settings as of the revision the page showed. Credentials: {@code credentialName}
     * and {@code credentialValue} pair up; a blank value keeps the stored one; a name listed in
     * {@code removeCredential} is removed.
     */
    @PostMapping("/{slug}")
    String save(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) @Nullable String environment,
            @RequestParam(required = false) @Nullable String baseUrl,
            @RequestParam(required = false) @Nullable String options,
            @RequestParam(required = false) @Nullable Long revision,
            @RequestParam(name = "credentialName", required = false) @Nullable List<String> names,
            @RequestParam(name = "credentialValue", required = false) @Nullable List<String> values,
            @RequestParam(name = "removeCredential", required = false) @Nullable List<String> removed,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProviderCode provider = provider(slug);
        Map<String, @Nullable String> credentials = new HashMap<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            String value = values != null && i < values.size() ? values.get(i) : null;
            if (!names.get(i).isBlank() && value != null && !value.isEmpty()) {
                credentials.put(names.get(i).strip(), value);
            }
        }
        if (removed != null) {
            removed.forEach(name -> credentials.put(name, ""));
        }
        Map<String, String> optionMap = new LinkedHashMap<>();
        for (String line : (options == null ? "" : options).lines().map(String::strip).toList()) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.contains("=")) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return page(provider, Problems.field("options", "「" + line + "」は「名前=値」の形ではありません"),
                        new Submitted(enabled, environment, baseUrl, options), model);
            }
            optionMap.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
        }
        try {
            settings.replace(provider, ProviderSettingsUpdate.of(enabled, environment,
                    baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip(), optionMap, credentials), revision);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(provider, Problems.of(problem), new Submitted(enabled, environment, baseUrl, options), model);
        }
        redirect.addFlashAttribute("notice", provider.displayName() + " の設定を保存しました。");
        return "redirect:/console/settings/providers/" + slug;
    }

    /** 接続確認 with the stored settings; the result is shown on the settings page. */
    @PostMapping("/{slug}/connectivity-check")
    String checkConnectivity(@PathVariable String slug, RedirectAttributes redirect) {
        ProviderCode provider = provider(slug);
        redirect.addFlashAttribute("connectivity", connectivity.check(provider));
        return "redirect:/console/settings/providers/" + slug + "#connectivity";
    }

    /** What the operator sent, shown again after a refusal (credential values never are). */
    record Submitted(boolean enabled, @Nullable String environment, @Nullable String baseUrl, @Nullable String options) {
    }

    private String page(ProviderCode provider, Problems problems, @Nullable Submitted submitted, Model model) {
        model.addAttribute("view", settings.view(provider));
        model.addAttribute("history", settings.history(provider));
        model.addAttribute("environments", ENVIRONMENTS);
        model.addAttribute("problems", problems);
        model.addAttribute("submitted", submitted);
        model.addAttribute("connectivityAvailable", connectivity.available(provider));
        return "console/settings/provider";
    }

    private static ProviderCode provider(String slug) {
        return ProviderCode.fromSlug(slug).orElseThrow(() -> new NotFound("Payment provider", slug));
    }
}
