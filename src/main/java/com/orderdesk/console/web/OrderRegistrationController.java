package com.orderdesk.console.web;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderForm;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentMethodChoices;
import com.orderdesk.shared.Prefectures;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.TaxCategory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受注登録: an operator registers an order with any enabled payment method. The payment starts as
 * for any placed order; the order's page then shows what the customer must do (the DSK selection
 * URL to hand over).
 */
@Controller
@RequestMapping("/console/orders/new")
class OrderRegistrationController {

    private static final int BLANK_LINES = 3;

    private final OrderManagement orders;
    private final PaymentMethodChoices methods;
    private final Validator validator;

    OrderRegistrationController(OrderManagement orders, PaymentMethodChoices methods, Validator validator) {
        this.orders = orders;
        this.methods = methods;
        this.validator = validator;
    }

    @GetMapping
    String form(Model model) {
        return page(OrderForms.blank(BLANK_LINES), Problems.none(), model);
    }

    @PostMapping
    String register(@ModelAttribute("form") OrderForms form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, Problems.of(binding), model);
        }
        OrderForm.PlaceOrderRequest request = form.toPlace();
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, Problems.of(violations), model);
        }
        try {
            Order order = orders.place(OrderChannel.ADMIN, request.toContent());
            redirect.addFlashAttribute("notice", "受注 " + order.number() + " を登録しました。");
            return "redirect:/console/orders/" + order.number();
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(form, Problems.of(problem), model);
        }
    }

    private String page(OrderForms form, Problems problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("paymentMethods", methods.enabled());
        model.addAttribute("taxCategories", TaxCategory.values());
        model.addAttribute("prefectures", Prefectures.ALL);
        return "console/orders/new";
    }
}
