package com.orderdesk.console.web;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentOutcome;
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
 * The payment panel's money movements, each behind a confirmation page: capture (実売上), cancel,
 * refund, the record of a payment undone outside OrderDesk, and the amount change whose dry-run
 * plan is shown before it is confirmed. Refusals of the payment module show on the same page.
 */
@Controller
@RequestMapping("/console/orders/{number}/payment")
class PaymentActionsController {

    private final PaymentManagement payments;
    private final OrderManagement orders;

    PaymentActionsController(PaymentManagement payments, OrderManagement orders) {
        this.payments = payments;
        this.orders = orders;
    }

    @GetMapping("/{action:capture|cancel|refund|change-amount|mark-payment-cancelled}")
    String confirm(@PathVariable String number, @PathVariable String action, Model model) {
        PaymentDetails payment = payments.current(number);
        Long suggested = switch (action) {
            case "capture" -> payment.authorizedAmount();
            case "refund" -> payment.refundableAmount();
            case "change-amount" -> orders.find(number).totals().total();
            default -> null;
        };
        return page(number, action, payment, suggested, null, null, Problems.none(), model);
    }

    @PostMapping("/capture")
    String capture(@PathVariable String number, @RequestParam(required = false) @Nullable Long amount, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return perform(number, "capture", amount, null, model, response, redirect,
                () -> payments.capture(number, amount));
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable String number, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return perform(number, "cancel", null, null, model, response, redirect, () -> payments.cancel(number));
    }

    @PostMapping("/refund")
    String refund(@PathVariable String number, @RequestParam(required = false) @Nullable Long amount, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return perform(number, "refund", amount, null, model, response, redirect, () -> payments.refund(number, amount));
    }

    @PostMapping("/mark-payment-cancelled")
    String markPaymentCancelled(@PathVariable String number, @RequestParam(required = false) @Nullable String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return perform(number, "mark-payment-cancelled", null, reason, model, response, redirect,
                () -> payments.markPaymentCancelled(number, reason));
    }

    /** Step one of an amount change: the provider's plan, nothing changed yet. */
    @PostMapping("/change-amount/plan")
    String planAmountChange(@PathVariable String number, @RequestParam(required = false) @Nullable Long amount,
            Model model, HttpServletResponse response) {
        PaymentDetails payment = payments.current(number);
        if (amount == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(number, "change-amount", payment, null, null, null, Problems.field("amount", "新しい金額を入力してください"), model);
        }
        try {
            PaymentOutcome plan = payments.changeAmount(number, amount, true);
            return page(number, "change-amount", payment, amount, plan, null, Problems.none(), model);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(number, "change-amount", payment, amount, null, null, Problems.of(problem), model);
        }
    }

    /** Step two: carry out the plan the operator saw. */
    @PostMapping("/change-amount")
    String changeAmount(@PathVariable String number, @RequestParam long amount, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return perform(number, "change-amount", amount, null, model, response, redirect,
                () -> payments.changeAmount(number, amount, false));
    }

    private String perform(String number, String action, @Nullable Long amount, @Nullable String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect, java.util.function.Supplier<PaymentOutcome> command) {
        try {
            PaymentOutcome outcome = command.get();
            Object known = outcome.outcome();
            String result = switch (String.valueOf(known)) {
                case "SUCCEEDED" -> "完了しました";
                case "PENDING" -> "受け付けられました（決済会社の処理待ち）";
                case "UNKNOWN" -> "結果が不明です（決済会社の応答がありません）。照会で確定するまで再実行しないでください";
                default -> "結果: " + known;
            };
            redirect.addFlashAttribute("notice", actionLabel(action) + "を実行し、" + result + "。");
            return "redirect:/console/orders/" + number;
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(number, action, payments.current(number), amount, null, reason, Problems.of(problem), model);
        }
    }

    private String page(String number, String action, PaymentDetails payment, @Nullable Long amount,
            @Nullable PaymentOutcome plan, @Nullable String reason, Problems problems, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("action", action);
        model.addAttribute("payment", payment);
        model.addAttribute("amount", amount);
        model.addAttribute("plan", plan);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        return "console/orders/payment-action";
    }

    private static String actionLabel(String action) {
        return switch (action) {
            case "capture" -> "実売上";
            case "cancel" -> "取消";
            case "refund" -> "返金";
            case "change-amount" -> "金額変更";
            default -> "入金取消の記録";
        };
    }
}
