package com.orderdesk.console.web;

import java.util.List;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderForm;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderNotFound;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.StaleOrderVersion;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentMethodChoices;
import com.orderdesk.shared.Prefectures;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.TaxCategory;
import com.orderdesk.shipping.ShippingManagement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
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
 * 受注詳細 / 受注編集: the order with its totals and tax split, the edit form (optimistic locking on
 * the version the page was loaded with), the payment panel, shipments and one timeline.
 */
@Controller
@RequestMapping("/console/orders/{number}")
class OrderDetailController {

    private final OrderManagement orders;
    private final PaymentManagement payments;
    private final ShippingManagement shipping;
    private final PaymentMethodChoices methods;
    private final Validator validator;

    OrderDetailController(OrderManagement orders, PaymentManagement payments, ShippingManagement shipping,
            PaymentMethodChoices methods, Validator validator) {
        this.orders = orders;
        this.payments = payments;
        this.shipping = shipping;
        this.methods = methods;
        this.validator = validator;
    }

    @GetMapping
    String show(@PathVariable String number, Model model) {
        Order order = orders.find(number);
        return page(order, OrderForms.of(order), Problems.none(), model);
    }

    @PostMapping
    String edit(@PathVariable String number, @ModelAttribute("form") OrderForms form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Order current = orders.find(number);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(current, form, Problems.of(binding), model);
        }
        OrderForm.PatchOrderRequest patch = form.toPatch(current.customerNote());
        var violations = validator.validate(patch);
        if (!violations.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(current, form, Problems.of(violations), model);
        }
        try {
            orders.edit(number, patch.version(), patch.toChanges());
        } catch (StaleOrderVersion stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(current, form, Problems.message("この受注は、あなたが開いた後に他の担当者が変更しました（現在は版 "
                    + current.version() + "、編集したのは版 " + form.getVersion() + "）。入力内容は保存されていません。"
                    + "「最新の内容を読み込む」で開き直してから、もう一度編集してください。"), model);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(current, form, Problems.of(problem), model);
        }
        redirect.addFlashAttribute("notice", "受注 " + number + " を保存しました。");
        return "redirect:/console/orders/" + number;
    }

    @PostMapping("/status")
    String changeStatus(@PathVariable String number, @RequestParam OrderStatus status, RedirectAttributes redirect) {
        try {
            orders.changeStatus(number, status);
            redirect.addFlashAttribute("notice", "対応状況を変更しました。");
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("failure", com.orderdesk.shared.web.ProblemTexts.japanese(problem));
        }
        return "redirect:/console/orders/" + number;
    }

    @ExceptionHandler(OrderNotFound.class)
    String notFound(OrderNotFound missing, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", missing.getMessage());
        return "console/not-found";
    }

    private String page(Order order, OrderForms form, Problems problems, Model model) {
        List<PaymentDetails> attempts = payments.payments(order.number());
        model.addAttribute("order", order);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("nextStatuses", order.status().next());
        model.addAttribute("payment", attempts.isEmpty() ? null : attempts.getLast());
        model.addAttribute("attempts", attempts);
        model.addAttribute("shipments", shipping.shipmentsOf(order.id()));
        model.addAttribute("timeline", Timeline.of(orders.history(order.number()), attempts));
        model.addAttribute("taxCategories", TaxCategory.values());
        model.addAttribute("prefectures", Prefectures.ALL);
        model.addAttribute("paymentMethods", methods.enabled());
        model.addAttribute("deliveryMethods", shipping.activeDeliveryMethods());
        return "console/orders/detail";
    }
}
