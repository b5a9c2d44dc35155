package com.orderdesk.console.web;

import java.util.UUID;

import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentNotifications;
import com.orderdesk.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 決済: the payments waiting for capture (未処理一覧), those whose capture window is closing, and
 * the webhook inbox with its failed notices and their replay.
 */
@Controller
@RequestMapping("/console/payments")
class PaymentsController {

    static final int INBOX_LIMIT = 100;

    private final PaymentManagement payments;
    private final PaymentNotifications notifications;

    PaymentsController(PaymentManagement payments, PaymentNotifications notifications) {
        this.payments = payments;
        this.notifications = notifications;
    }

    @GetMapping
    String overview(@RequestParam(defaultValue = "7") int withinDays,
            @RequestParam(defaultValue = "FAILED") String inbox, Model model) {
        int days = Math.clamp(withinDays, 1, 60);
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
            redirect.addFlashAttribute("failure", problem.title() + ": " + problem.getMessage());
        }
        return "redirect:/console/payments";
    }
}
