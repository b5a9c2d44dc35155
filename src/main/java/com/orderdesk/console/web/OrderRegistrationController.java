package com.orderdesk.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.customer.CustomerManagement;
import com.orderdesk.customer.CustomerSummary;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderForm;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentMethodChoice;
import com.orderdesk.payment.PaymentMethodChoices;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.StoredCardChoice;
import com.orderdesk.payment.StorePayment;
import com.orderdesk.shared.Prefectures;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受注登録: an operator registers an order with any enabled payment method and delivery method,
 * optionally for a member found by name or e-mail, whose cards kept at the provider can be picked
 * to pay with. The payment starts as for any placed order; the order's page then shows what the
 * customer must do (the DSK selection URL to hand over).
 */
@Controller
@RequestMapping("/console/orders/new")
class OrderRegistrationController {

    private static final int BLANK_LINES = 3;
    private static final int MEMBER_MATCHES = 20;

    private final OrderManagement orders;
    private final PaymentManagement payments;
    private final PaymentMethodChoices methods;
    private final CustomerManagement customers;
    private final ShippingManagement shipping;
    private final Validator validator;

    OrderRegistrationController(OrderManagement orders, PaymentManagement payments, PaymentMethodChoices methods,
            CustomerManagement customers, ShippingManagement shipping, Validator validator) {
        this.orders = orders;
        this.payments = payments;
        this.methods = methods;
        this.customers = customers;
        this.shipping = shipping;
        this.validator = validator;
    }

    /** The empty form; {@code q} lists matching members, {@code customer} fills the form from one. */
    @GetMapping
    String form(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID customer, Model model) {
        CustomerSummary member = customer == null ? null : customers.find(customer).orElse(null);
        OrderForms form = member == null ? OrderForms.blank(BLANK_LINES) : OrderForms.blankFor(member, BLANK_LINES);
        model.addAttribute("q", q);
        model.addAttribute("members", q == null || q.isBlank() ? List.of() : customers.search(q, MEMBER_MATCHES));
        return page(form, Problems.none(), model);
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
        String card = form.chosenCard();
        if (card != null && !cardsByMethod(form.getCustomerId()).getOrDefault(form.getPaymentMethodCode(), List.of())
                .stream().anyMatch(choice -> choice.cardId().equals(card))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, Problems.field("storedCardId",
                    "このカードは選んだ支払方法・会員の登録済みカードではありません"), model);
        }
        Order order;
        try {
            order = orders.place(OrderChannel.ADMIN, request.toContent());
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(form, Problems.of(problem), model);
        }
        redirect.addFlashAttribute("notice", "受注 " + order.number() + " を登録しました。");
        if (card != null) {
            payWithStoredCard(order.number(), card, redirect);
        }
        return "redirect:/console/orders/" + order.number();
    }

    /** Starts the order's payment with the stored card (idempotent with the OrderPlaced listener). */
    private void payWithStoredCard(String number, String cardId, RedirectAttributes redirect) {
        try {
            StorePayment started = payments.startStorePayment(number, Map.of("storedCard", cardId), null);
            if (started.status() == PaymentStatus.FAILED) {
                redirect.addFlashAttribute("failure", "登録済みカードでの与信ができませんでした。決済欄で別の方法を選んでください。");
            }
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("failure", "登録済みカードでの与信ができませんでした: " + problem.getMessage());
        }
    }

    /** The member's stored cards per enabled method whose provider keeps cards. */
    private Map<String, List<StoredCardChoice>> cardsByMethod(@Nullable UUID customerId) {
        Map<String, List<StoredCardChoice>> cards = new LinkedHashMap<>();
        if (customerId == null) {
            return cards;
        }
        for (PaymentMethodChoice method : methods.enabled()) {
            List<StoredCardChoice> kept = methods.storedCards(method.code(), customerId);
            if (!kept.isEmpty()) {
                cards.put(method.code(), kept);
            }
        }
        return cards;
    }

    private String page(OrderForms form, Problems problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("paymentMethods", methods.enabled());
        model.addAttribute("deliveryMethods", shipping.activeDeliveryMethods());
        model.addAttribute("member", form.getCustomerId() == null ? null : customers.find(form.getCustomerId()).orElse(null));
        model.addAttribute("storedCards", cardsByMethod(form.getCustomerId()));
        model.addAttribute("taxCategories", TaxCategory.values());
        model.addAttribute("prefectures", Prefectures.ALL);
        return "console/orders/new";
    }
}
