package com.orderdesk.console.web;

import com.orderdesk.access.OperatorRole;
import com.orderdesk.access.Operators;
import com.orderdesk.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 設定 › 担当者: list and add operator accounts (ADMIN only, by the console's filter chain). */
@Controller
@RequestMapping("/console/settings/operators")
class OperatorsController {

    private final Operators operators;

    OperatorsController(Operators operators) {
        this.operators = operators;
    }

    @GetMapping
    String list(Model model) {
        return page(model, Problems.none(), null, OperatorRole.OPERATOR);
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String password, @RequestParam OperatorRole role,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            operators.create(username.strip(), password, role);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(model, Problems.of(problem), username, role);
        }
        redirect.addFlashAttribute("notice", "担当者 " + username.strip() + " を登録しました。");
        return "redirect:/console/settings/operators";
    }

    private String page(Model model, Problems problems, @Nullable String username, OperatorRole role) {
        model.addAttribute("operators", operators.all());
        model.addAttribute("roles", OperatorRole.values());
        model.addAttribute("problems", problems);
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        return "console/settings/operators";
    }
}
