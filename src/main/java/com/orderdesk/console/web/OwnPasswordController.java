package com.orderdesk.console.web;

import java.security.Principal;

import com.orderdesk.access.Operators;
import com.orderdesk.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * パスワード変更: every signed-in operator changes their own password, proving the current one
 * (after an ADMIN reset it, say), through the access module's rules as {@code /api/admin/users/me/password}.
 */
@Controller
@RequestMapping("/console/password")
class OwnPasswordController {

    private final Operators operators;

    OwnPasswordController(Operators operators) {
        this.operators = operators;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("problems", Problems.none());
        return "console/password";
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
            Principal operator, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Problems problems = Problems.none();
        if (!newPassword.equals(confirmation)) {
            problems = Problems.field("confirmation", "確認のため、新しいパスワードと同じものを入力してください");
        } else {
            try {
                operators.changeOwnPassword(operator.getName(), currentPassword, newPassword);
            } catch (ProblemException problem) {
                problems = Problems.of(problem);
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", problems);
            return "console/password";
        }
        redirect.addFlashAttribute("notice", "パスワードを変更しました。次回から新しいパスワードでログインしてください。");
        return "redirect:/console/password";
    }
}
