package com.orderdesk.console.web;

import java.util.UUID;

import com.orderdesk.payment.PaymentAttention;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentNotifications;
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
 * 決済: payments that need an operator (要確認, with the reason and the resolve action), the payments
 * waiting for capture (未処理一覧), those whose capture window is closing, and the webhook inbox
 * with its failed notices and their replay.
 */
@Controller
@RequestMapping("/console/payments")
class PaymentsController {

    static final int INBOX_LIMIT = 100;
    static final int ATTENTION_LIMIT = 200;

    private final PaymentManagement payments;
    private final PaymentNotifications notifications;
    private final PaymentAttention attention;

    PaymentsController(PaymentManagement payments, PaymentNotifications notifications, PaymentAttention attention) {
        this.payments = payments;
        this.notifications = notifications;
        this.attention = attention;
    }

    @GetMapping
    String overview(@RequestParam(defaultValue = "7") int withinDays,
            @RequestParam(defaultValue = "FAILED") String inbox, Model model) {
        return page(withinDays, inbox, Problems.none(), null, model);
    }

    /**
     * Clears a payment's 要確認 flag with the operator's reason, through the same module API as
     * {@code POST /api/admin/payments/{id}/attention/resolve}. A refusal (no reason, nothing to
     * resolve) is shown beside that payment's reason box with the text kept.
     */
    @PostMapping("/attention/{paymentId}/resolve")
    String resolve(@PathVariable UUID paymentId, @RequestParam(required = false) @Nullable String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var resolved = attention.resolve(paymentId, reason);
            redirect.addFlashAttribute("notice", "受注 " + resolved.orderNumber() + " の決済の要確認を解除しました。");
            return "redirect:/console/payments";
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(7, "FAILED", Problems.of(problem), new Resolving(paymentId, reason), model);
        }
    }

    /** The payment whose resolve form failed, so that only its row shows the problem and keeps the text. */
    record Resolving(UUID paymentId, @Nullable String reason) {
    }

    private String page(int withinDays, String inbox, Problems problems, @Nullable Resolving resolving, Model model) {
        int days = Math.clamp(withinDays, 1, 60);
        model.addAttribute("attention", attention.list(true, 0, ATTENTION_LIMIT));
        model.addAttribute("problems", problems);
        model.addAttribute("resolving", resolving);
        model.addAttribute("capturable", payments.capturable());
        model.addAttribute("withinDays", days);
        model.addAttribute("expiring", payments.expiring(days));
        model.addAttribute("inbox", inbox);
        model.addAttribute("notifications", notifications.list("ALL".equals(inbox) ? null : inbox, INBOX_LIMIT));
        return "console/payments";
    }

    @PostMapping("/notifications/{id}/replay")
    String replay(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            notifications.replay(id);
            redirect.addFlashAttribute("notice", "通知を再処理の列に戻しました。");
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("failure", com.orderdesk.shared.web.ProblemTexts.japanese(problem));
        }
        return "redirect:/console/payments";
    }
}
