package com.orderdesk.console.web;

import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.internal.methods.PaymentMethodAdministration;
import com.orderdesk.payment.internal.methods.PaymentMethodRequest;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.TaxCategory;
import com.orderdesk.shipping.ShippingManagement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 設定 › 支払方法設定 (ADMIN only, by the console's filter chain): the methods with their texts,
 * fees, amount limits, user groups and delivery methods; add one, edit one. Runs the payment API's
 * own request rules and administration, as {@code /api/admin/payment-methods} does; an edit carries the
 * version its page was loaded with, so a change made meanwhile is refused (412) instead of overwritten.
 */
@Controller
@RequestMapping("/console/settings/payment-methods")
class PaymentMethodsController {

    private final PaymentMethodAdministration methods;
    private final ShippingManagement shipping;
    private final Validator validator;

    PaymentMethodsController(PaymentMethodAdministration methods, ShippingManagement shipping, Validator validator) {
        this.methods = methods;
        this.shipping = shipping;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("methods", methods.list());
        return "console/settings/payment-methods";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return page(new PaymentMethodForm(), null, Problems.none(), model);
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        return page(PaymentMethodForm.of(methods.get(code)), code, Problems.none(), model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") PaymentMethodForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(form, null, binding, model, response, redirect);
    }

    @PostMapping("/{code}")
    String replace(@PathVariable String code, @ModelAttribute("form") PaymentMethodForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.setCode(code);
        return save(form, code, binding, model, response, redirect);
    }

    private String save(PaymentMethodForm form, @Nullable String existing, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Problems problems = binding.hasErrors() ? Problems.of(binding) : form.unreadable().isEmpty() ? Problems.none()
                : Problems.of(new InvalidInput(form.unreadable().entrySet().stream()
                        .map(entry -> new FieldError(entry.getKey(), entry.getValue())).toList()));
        PaymentMethodRequest request = null;
        if (problems.isEmpty()) {
            request = form.toRequest();
            var violations = validator.validate(request);
            problems = violations.isEmpty() && existing == null && request.code() == null
                    ? Problems.field("code", "must not be null") : Problems.of(violations);
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, existing, problems, model);
        }
        try {
            if (existing == null) {
                methods.create(request.code(), request.toDraft());
            } else {
                methods.replace(existing, request.toDraft(), form.getVersion());
            }
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(form, existing, Problems.of(problem), model);
        }
        redirect.addFlashAttribute("notice", "支払方法 " + form.getCode() + " を保存しました。");
        return "redirect:/console/settings/payment-methods";
    }

    private String page(PaymentMethodForm form, @Nullable String existing, Problems problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("problems", problems);
        model.addAttribute("providers", ProviderCode.values());
        model.addAttribute("deliveryMethods", shipping.activeDeliveryMethods());
        model.addAttribute("taxCategories", TaxCategory.values());
        model.addAttribute("feeTypes", Map.of("FIXED", "定額", "BANDS", "金額帯ごと"));
        return "console/settings/payment-method";
    }
}
