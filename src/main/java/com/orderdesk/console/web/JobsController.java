package com.orderdesk.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.jobs.BulkJob;
import com.orderdesk.shared.jobs.BulkJobCsv;
import com.orderdesk.shared.jobs.BulkJobs;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;

/**
 * The progress page of a durable bulk job started from the console (一括ステータス変更, B2 取込,
 * 会員グループ CSV 取込): counts and a progress bar htmx polls every second while the job runs, the
 * result of every item, and the results as CSV, the same file as {@code GET /api/admin/jobs/{id}.csv}.
 */
@Controller
class JobsController {

    private final BulkJobs jobs;
    private final MessageSource messages;

    JobsController(BulkJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** One item as the page shows it: the kind's outcome in the operators' words, a warning on a success. */
    record Row(int position, @Nullable Integer row, String reference, @Nullable String orderNumber, String status,
            String outcome, @Nullable String detail, @Nullable String message, boolean warning) {
    }

    @GetMapping("/console/jobs/{id}")
    String job(@PathVariable UUID id, Model model) {
        return show(jobs.job(id), model, "console/jobs/job");
    }

    /** The progress fragment htmx polls every second while the job runs. */
    @GetMapping("/console/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        return show(jobs.job(id), model, "console/jobs/job :: job-progress");
    }

    @GetMapping("/console/jobs/{id}.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        return BulkJobCsv.response(jobs.job(id));
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound missing, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", "この処理は見つかりません。");
        return "console/not-found";
    }

    private String show(BulkJob job, Model model, String view) {
        List<Row> rows = job.items().stream().map(item -> new Row(item.position() + 1, item.row(), item.reference(),
                "GROUP_IMPORT".equals(job.kind()) ? null : item.reference(), item.status(),
                outcome(job.kind(), item), detail(job.kind(), item.detail()), item.message(),
                item.succeeded() && item.message() != null)).toList();
        model.addAttribute("job", job);
        model.addAttribute("jobTitle", text("job.kind." + job.kind(), job.kind()));
        model.addAttribute("rows", rows);
        model.addAttribute("warned", rows.stream().filter(Row::warning).count());
        model.addAttribute("back", switch (job.kind()) {
            case "B2_IMPORT" -> "/console/shipments";
            case "GROUP_IMPORT" -> "/console/settings/customers";
            default -> "/console/orders";
        });
        return view;
    }

    private String outcome(String kind, BulkJob.Item item) {
        if (item.outcome() == null) {
            return "待機中";
        }
        String key = switch (kind) {
            case "B2_IMPORT" -> "b2.outcome." + item.outcome();
            case "ORDER_STATUS" -> item.succeeded() ? "order.status." + item.outcome() : "job.outcome.FAILED";
            default -> "job.outcome." + (item.succeeded() ? "SUCCEEDED" : "FAILED");
        };
        return text(key, item.outcome());
    }

    /** What the kind adds to read beside the outcome: B2's tracking numbers, a member's groups now. */
    private static @Nullable String detail(String kind, @Nullable JsonNode detail) {
        if (detail == null || detail.isNull()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        switch (kind) {
            case "B2_IMPORT" -> detail.forEach(row -> words.add(row.at("/trackingNumber").asString("")));
            case "GROUP_IMPORT" -> detail.at("/groups").forEach(group -> words.add(group.asString()));
            default -> {
            }
        }
        words.removeIf(String::isBlank);
        return words.isEmpty() ? null : String.join("、", words);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.JAPANESE);
    }
}
