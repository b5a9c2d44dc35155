package com.orderdesk.console.web;

import java.util.List;
import java.util.UUID;

import com.orderdesk.order.BulkStatusChanges;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.payment.BulkCaptureJob;
import com.orderdesk.payment.BulkCaptures;
import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order list's bulk actions on the selected orders: 一括実売上 as a background job whose page
 * shows a live progress bar and the result per order, and 一括ステータス変更 as a durable job followed
 * on its progress page ({@link JobsController}).
 */
@Controller
class BulkController {

    private final BulkCaptures captures;
    private final BulkStatusChanges statusChanges;

    BulkController(BulkCaptures captures, BulkStatusChanges statusChanges) {
        this.captures = captures;
        this.statusChanges = statusChanges;
    }

    @PostMapping("/console/orders/bulk")
    String bulk(@RequestParam(name = "numbers", required = false) @Nullable List<String> numbers,
            @RequestParam String action, @RequestParam(required = false) @Nullable OrderStatus status, Model model,
            RedirectAttributes redirect) {
        if (numbers == null || numbers.isEmpty()) {
            redirect.addFlashAttribute("failure", "受注が選択されていません。一覧のチェックボックスで選んでください。");
            return "redirect:/console/orders";
        }
        try {
            if ("capture".equals(action)) {
                BulkCaptureJob job = captures.start(numbers, false);
                return "redirect:/console/bulk-captures/" + job.id();
            }
            if (status == null) {
                redirect.addFlashAttribute("failure", "変更後の対応状況を選んでください。");
                return "redirect:/console/orders";
            }
            return "redirect:/console/jobs/" + statusChanges.start(numbers, status).id();
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("failure", com.orderdesk.shared.web.ProblemTexts.japanese(problem));
            return "redirect:/console/orders";
        }
    }

    @GetMapping("/console/bulk-captures/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", captures.job(id));
        return "console/orders/bulk-capture";
    }

    /** The progress fragment htmx polls every second while the job runs. */
    @GetMapping("/console/bulk-captures/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", captures.job(id));
        return "console/orders/bulk-capture :: job-progress";
    }
}
