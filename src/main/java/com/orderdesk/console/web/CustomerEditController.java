package com.orderdesk.console.web;

import java.util.UUID;

import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerDirectory;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.Prefectures;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.StaleVersion;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 顧客編集: a member's own details (name, kana, e-mail, phones, company, note) and saved addresses,
 * for every operator as on {@code PUT /api/admin/customers/{id}}: the customer module's rules and
 * its optimistic lock on the version the page was loaded with (the API's If-Match), with a clear
 * message and the input kept when someone else changed the member meanwhile. 会員削除 after a
 * confirmation page, by the same rule as {@code DELETE /api/admin/customers/{id}} (every operator; the
 * member, their addresses, group memberships and buyer account go, their orders keep their own copy
 * of the customer's details).
 */
@Controller
@RequestMapping("/console/customers/{id}")
class CustomerEditController {

    private final CustomerDirectory directory;
    private final Validator validator;

    CustomerEditController(CustomerDirectory directory, Validator validator) {
        this.directory = directory;
        this.validator = validator;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        Customer customer = directory.get(id);
        return page(customer, CustomerForm.of(customer), Problems.none(), model);
    }

    @PostMapping
    String save(@PathVariable UUID id, @ModelAttribute("form") CustomerForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Customer current = directory.get(id);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(current, form, Problems.of(binding), model);
        }
        CustomerForm.Submitted submitted = form.toInput();
        var violations = validator.validate(submitted.input());
        if (!violations.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(current, form, Problems.of(violations).reindexed("addresses", submitted.addressRows()), model);
        }
        if (form.getVersion() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(current, form, Problems.message("どの版を編集したかが送られていません。「最新の内容を読み込む」で開き直してください。"), model);
        }
        try {
            directory.update(id, submitted.input().toData(), form.getVersion());
        } catch (StaleVersion stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(current, form, Problems.message("この顧客は、あなたが開いた後に他の担当者が変更しました（現在は版 "
                    + current.version() + "、編集したのは版 " + form.getVersion() + "）。入力内容は保存されていません。"
                    + "「最新の内容を読み込む」で開き直してから、もう一度編集してください。"), model);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            Problems problems = Problems.of(problem);
            // a taken e-mail address is a conflict naming no field; it belongs beside the e-mail field
            return page(current, form, "email-already-registered".equals(problem.type()) ? problems.withField("email")
                    : problems, model);
        }
        redirect.addFlashAttribute("notice", "顧客 " + submitted.input().name().strip() + " を保存しました。");
        return "redirect:/console/customers/" + id;
    }

    /** The confirmation step: what goes and what stays, and the one button that removes. */
    @GetMapping("/remove")
    String confirmRemoval(@PathVariable UUID id, Model model) {
        model.addAttribute("customer", directory.get(id));
        return "console/customers/remove";
    }

    @PostMapping("/remove")
    String remove(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
            HttpServletResponse response, Authentication operator, RedirectAttributes redirect) {
        Customer customer;
        try {
            customer = directory.get(id);
        } catch (NotFound gone) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", "この顧客は見つかりません。すでに他の担当者が削除した可能性があります。");
            return "console/not-found";
        }
        if (!confirmed) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("customer", customer);
            model.addAttribute("failure", "削除は確認画面の「削除する」ボタンで確定してください。");
            return "console/customers/remove";
        }
        try {
            directory.remove(id);
        } catch (ProblemException refused) {
            response.setStatus(refused.status());
            model.addAttribute("customer", customer);
            model.addAttribute("failure", Problems.of(refused).getMessage());
            return "console/customers/remove";
        }
        redirect.addFlashAttribute("notice", "顧客 " + customer.name() + "（" + customer.email() + "）を削除しました。");
        // the member list is an ADMIN page; an OPERATOR goes back to the order list
        boolean admin = operator.getAuthorities().stream().anyMatch(role -> "ROLE_ADMIN".equals(role.getAuthority()));
        return admin ? "redirect:/console/settings/customers" : "redirect:/console/orders";
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound missing, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", missing.getMessage());
        return "console/not-found";
    }

    private String page(Customer customer, CustomerForm form, Problems problems, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("form", form.withBlankAddress());
        model.addAttribute("problems", problems);
        model.addAttribute("prefectures", Prefectures.ALL);
        return "console/customers/edit";
    }
}
