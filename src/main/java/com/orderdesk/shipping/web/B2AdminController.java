package com.orderdesk.shipping.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shipping.internal.b2.B2Export;
import com.orderdesk.shipping.internal.b2.B2Import;
import com.orderdesk.shipping.internal.b2.B2Import.Outcome;
import com.orderdesk.shipping.internal.b2.B2Import.RowResult;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Yamato B2 Cloud round trip (B2出荷データ出力 / 取込): download the orders awaiting shipment in
 * B2's import layout, print labels in B2, upload B2's issued data to register the tracking numbers.
 */
@RestController
@RequestMapping("/api/admin/shipments")
class B2AdminController {

    /** CP932 under its IANA name, so that browsers and curl save the bytes as they are. */
    static final MediaType B2_CSV = MediaType.parseMediaType("text/csv;charset=Windows-31J");

    private final B2Export export;
    private final B2Import importer;

    B2AdminController(B2Export export, B2Import importer) {
        this.export = export;
        this.importer = importer;
    }

    record ImportResponse(int rows, int matched, int unchanged, int failed, List<RowResult> results) {

        static ImportResponse of(List<RowResult> results) {
            int matched = (int) results.stream().filter(r -> r.outcome() == Outcome.MATCHED).count();
            int unchanged = (int) results.stream().filter(r -> r.outcome() == Outcome.ALREADY_REGISTERED).count();
            return new ImportResponse(results.size(), matched, unchanged, results.size() - matched - unchanged, results);
        }
    }

    @GetMapping("/b2-export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedTo,
            @RequestParam(name = "status", required = false) @Nullable Set<OrderStatus> statuses,
            @RequestParam(required = false) @Nullable String deliveryMethodCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate shipDate) {
        B2Export.File file = export.export(new B2Export.Filter(placedFrom, placedTo,
                statuses == null ? EnumSet.noneOf(OrderStatus.class) : statuses,
                deliveryMethodCode == null || deliveryMethodCode.isBlank() ? null : deliveryMethodCode.strip(), shipDate));
        String name = "b2-" + (shipDate != null ? shipDate : LocalDate.now(ShopTime.ZONE)).toString().replace("-", "") + ".csv";
        return ResponseEntity.ok()
                .contentType(B2_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Order-Count", Integer.toString(file.orders()))
                .body(file.content());
    }

    @PostMapping(path = "/b2-import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ImportResponse importFile(@RequestBody byte[] content) {
        return ImportResponse.of(importer.importFile(content));
    }

    @PostMapping(path = "/b2-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResponse importUpload(@RequestPart("file") MultipartFile file) throws IOException {
        return ImportResponse.of(importer.importFile(file.getBytes()));
    }
}
