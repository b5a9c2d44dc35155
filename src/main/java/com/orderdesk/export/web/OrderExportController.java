package com.orderdesk.export.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.export.OrderExportFile;
import com.orderdesk.export.OrderExportFilter;
import com.orderdesk.export.OrderExportJob;
import com.orderdesk.export.OrderExports;
import com.orderdesk.order.OrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 受注CSV: POST a filter (the order list's filters), get 202 with the job and its Location, follow
 * {@code status} and {@code processed}/{@code total}, then download {@code /{id}/file} (UTF-8 with
 * BOM, one row per order line, Japanese headers).
 */
@RestController
@Validated
@RequestMapping("/api/admin/order-exports")
class OrderExportController {

    private final OrderExports exports;

    OrderExportController(OrderExports exports) {
        this.exports = exports;
    }

    /** Every filter optional; the same meaning as GET /api/admin/orders. */
    record ExportRequest(@Size(max = 32) @Nullable String number,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedTo,
            @Size(max = 10) @Nullable Set<OrderStatus> statuses, @Size(max = 100) @Nullable String customerName,
            @Size(max = 100) @Nullable String customerKana, @Size(max = 254) @Nullable String email,
            @Size(max = 30) @Nullable String phone, @PositiveOrZero @Nullable Long minTotal,
            @PositiveOrZero @Nullable Long maxTotal, @Size(max = 64) @Nullable String productCode,
            @Size(max = 32) @Nullable String deliveryMethodCode, @Size(max = 32) @Nullable String paymentMethodCode,
            @Size(max = 32) @Nullable String paymentStatus, @Nullable Boolean readyToShip,
            @Size(max = 64) @Nullable String reference, @Nullable Boolean needsAttention) {

        OrderExportFilter toFilter() {
            return new OrderExportFilter(blankToNull(number), placedFrom, placedTo, statuses, blankToNull(customerName),
                    blankToNull(customerKana), blankToNull(email), blankToNull(phone), minTotal, maxTotal,
                    blankToNull(productCode), blankToNull(deliveryMethodCode), blankToNull(paymentMethodCode),
                    blankToNull(paymentStatus), readyToShip, needsAttention, blankToNull(reference), null);
        }

        private static @Nullable String blankToNull(@Nullable String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    record ExportList(List<OrderExportJob> exports) {
    }

    @PostMapping
    ResponseEntity<OrderExportJob> start(@Valid @RequestBody ExportRequest request) {
        OrderExportJob job = exports.start(request.toFilter());
        return ResponseEntity.accepted().location(java.net.URI.create("/api/admin/order-exports/" + job.id())).body(job);
    }

    @GetMapping
    ExportList recent(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return new ExportList(exports.recent(limit));
    }

    @GetMapping("/{id}")
    OrderExportJob job(@PathVariable UUID id) {
        return exports.job(id);
    }

    /** The finished file (the 受注CSV, or a 帳票 PDF / ZIP started from the console); 409 while the export is not DONE. */
    @GetMapping(path = "/{id}/file", produces = {"text/csv", "application/pdf", "application/zip"})
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        OrderExportFile file = exports.download(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .body(file.content());
    }
}
