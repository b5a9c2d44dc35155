package com.orderdesk.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderPage;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.OrderSummary;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentNotFound;
import com.orderdesk.payment.PaymentStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** 受注一覧: search with every filter of the order API, paging, the payment status in two vocabularies. */
@Controller
@RequestMapping("/console/orders")
class OrderListController {

    private final OrderManagement orders;
    private final PaymentManagement payments;

    OrderListController(OrderManagement orders, PaymentManagement payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @GetMapping
    String list(@ModelAttribute("filter") OrderFilter filter, BindingResult binding, Model model) {
        Problems problems = binding.hasErrors() ? Problems.of(binding) : Problems.fields(filter.problems());
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("paymentStatuses", PaymentStatus.values());
        if (!problems.isEmpty()) {
            model.addAttribute("result", new OrderPage(List.of(), 0, filter.getSize(), 0));
            model.addAttribute("providerWords", Map.of());
            return "console/orders/list";
        }
        OrderPage result = orders.search(filter.toCriteria());
        model.addAttribute("result", result);
        model.addAttribute("providerWords", providerWords(result.items()));
        return "console/orders/list";
    }

    /** The provider's own status word per order number, for the rows that have a payment. */
    private Map<String, String> providerWords(List<OrderSummary> rows) {
        Map<String, String> words = new HashMap<>();
        for (OrderSummary row : rows) {
            if (row.paymentStatus() == null) {
                continue;
            }
            try {
                String word = payments.current(row.number()).providerStatus();
                if (word != null) {
                    words.put(row.number(), word);
                }
            } catch (PaymentNotFound ignored) {
                // the summary ran ahead of the payment module; the unified status is shown alone
            }
        }
        return words;
    }
}
