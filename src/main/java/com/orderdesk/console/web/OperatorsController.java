package com.orderdesk.console.web;

import java.security.Principal;

import com.orderdesk.access.OperatorRole;
import com.orderdesk.access.Operators;
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
 * 設定 › 担当者 (ADMIN only, by the console's filter chain): list and add operator accounts, change
 * an operator's role, disable or enable the account and reset its password, through the access
 * module's {@link Operators} (the rules and the audit log of {@code /api/admin/users}). The module
 * refuses an ADMIN disabling or demoting themself; the page does not offer it either.
 */
@Controller
@RequestMapping("/console/settings/operators")
class OperatorsController {

    private final Operators operators;

    OperatorsController(Operators operators) {
        this.operators = operators;
    }

    @GetMapping
    String list(Model model) {
        return page(model, Problems.none(), null, OperatorRole.OPERATOR, null);
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String password, @RequestParam OperatorRole role,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            operators.create(username.strip(), password, role);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(model, Problems.of(problem), username, role, null);
        }
        redirect.addFlashAttribute("notice", "担当者 " + username.strip() + " を登録しました。");
        return "redirect:/console/settings/operators";
    }

    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam OperatorRole role, Principal admin, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return administer(username, role, null, null, admin, model, response, redirect,
                "担当者 " + username + " の権限を「" + roleName(role) + "」に変更しました。");
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, Principal admin, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return administer(username, null, enabled, null, admin, model, response, redirect, "担当者 " + username
                + (enabled ? " を有効にしました。" : " を無効にしました。サインイン中の画面も次の操作で終了します。"));
    }

    /** Sets a new password the ADMIN hands over; the operator can change it afterwards through the REST API. */
    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String newPassword,
            Principal admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return administer(username, null, null, newPassword, admin, model, response, redirect,
                "担当者 " + username + " のパスワードを再設定しました。");
    }

    private String administer(String username, @Nullable OperatorRole role, @Nullable Boolean enabled,
            @Nullable String newPassword, Principal admin, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String done) {
        try {
            operators.administer(username, role, enabled, newPassword, admin.getName());
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(model, Problems.of(problem), null, OperatorRole.OPERATOR, username);
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/console/settings/operators";
    }

    static String roleName(OperatorRole role) {
        return role == OperatorRole.ADMIN ? "管理者（ADMIN）" : "担当者（OPERATOR）";
    }

    /** {@code target}: the operator whose row a refusal belongs to, so its message shows in that row. */
    private String page(Model model, Problems problems, @Nullable String username, OperatorRole role,
            @Nullable String target) {
        model.addAttribute("operators", operators.all());
        model.addAttribute("roles", OperatorRole.values());
        model.addAttribute("problems", problems);
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        model.addAttribute("target", target);
        return "console/settings/operators";
    }
}
