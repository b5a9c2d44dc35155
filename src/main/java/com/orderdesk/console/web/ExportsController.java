package com.orderdesk.console.web;

import java.util.List;
import java.util.UUID;

import com.orderdesk.export.OrderDocuments;
import com.orderdesk.export.OrderExportFile;
import com.orderdesk.export.OrderExportJob;
import com.orderdesk.export.OrderExports;
import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受注一覧's exports on the export module's background jobs: 受注CSV with the list's current
 * filters, and 帳票一括出力 (納品書 or 領収書 for the ticked orders, one PDF or a ZIP). Both lead to
 * the same page, which polls the job's progress with htmx and offers the download when it is done.
 */
@Controller
class ExportsController {

    private final OrderExports exports;

    ExportsController(OrderExports exports) {
        this.exports = exports;
    }

    /** 受注CSV of every order the list's filters match (the form posts them as they are in the page's query). */
    @PostMapping("/console/order-exports")
    String csv(@ModelAttribute("filter") OrderFilter filter, RedirectAttributes redirect) {
        if (!filter.problems().isEmpty()) {
            redirect.addFlashAttribute("failure", "検索条件に誤りがあるため CSV を出力できません。" + String.join(" / ",
                    filter.problems().values()));
            return "redirect:/console/orders" + filter.queryFor(0);
        }
        return "redirect:/console/order-exports/" + exports.start(filter.toExportFilter()).id();
    }

    /** 帳票一括出力 of the ticked orders: {@code document} is delivery-notes or receipts, {@code packaging} pdf or zip. */
    @PostMapping("/console/orders/documents")
    String documents(@RequestParam(name = "numbers", required = false) @Nullable List<String> numbers,
            @RequestParam String document, @RequestParam(defaultValue = "pdf") String packaging,
            RedirectAttributes redirect) {
        if (numbers == null || numbers.isEmpty()) {
            redirect.addFlashAttribute("failure", "受注が選択されていません。一覧のチェックボックスで選んでください。");
            return "redirect:/console/orders";
        }
        OrderDocuments.Kind kind = "receipts".equals(document) ? OrderDocuments.Kind.RECEIPT
                : OrderDocuments.Kind.DELIVERY_NOTE;
        try {
            return "redirect:/console/order-exports/" + exports.startDocuments(kind, "zip".equals(packaging), numbers).id();
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("failure", "帳票を出力できません: " + Problems.of(problem).field("numbers"));
            return "redirect:/console/orders";
        }
    }

    @GetMapping("/console/order-exports/{id}")
    String job(@PathVariable UUID id, Model model) {
        OrderExportJob job = exports.job(id);
        model.addAttribute("job", job);
        model.addAttribute("heading", title(job));
        return "console/orders/export";
    }

    /** The progress fragment htmx polls every second until the job is DONE or FAILED. */
    @GetMapping("/console/order-exports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", exports.job(id));
        return "console/orders/export :: export-progress";
    }

    @GetMapping("/console/order-exports/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        OrderExportFile file = exports.download(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    /** Words for the job's kind on the page. */
    private static String title(OrderExportJob job) {
        return switch (job.kind()) {
            case ORDER_CSV -> "受注CSV出力";
            case DELIVERY_NOTES_PDF, DELIVERY_NOTES_ZIP -> "納品書の一括出力";
            case RECEIPTS_PDF, RECEIPTS_ZIP -> "領収書の一括出力";
        };
    }
}
