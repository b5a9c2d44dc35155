package com.orderdesk.shared.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import com.orderdesk.shared.Csv;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * A bulk job's results as a spreadsheet CSV, one line per item: the download of the admin API
 * ({@code GET /api/admin/jobs/{id}.csv}) and of the console's job page, written once.
 */
public final class BulkJobCsv {

    static final List<String> HEADER = List.of("position", "row", "reference", "status", "outcome", "message", "detail");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private BulkJobCsv() {
    }

    /** UTF-8 with BOM and formulas neutralised ({@link Csv.Target#SPREADSHEET}), as an attachment named after the job. */
    public static ResponseEntity<byte[]> response(BulkJob job) {
        byte[] csv = Csv.write(Csv.Target.SPREADSHEET, HEADER, job.items().stream()
                .map(item -> Arrays.asList(item.position() + 1, item.row(), item.reference(), item.status(),
                        item.outcome(), item.message(), text(item.detail())))
                .toList());
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.kind().toLowerCase(Locale.ROOT)
                        .replace('_', '-') + "-" + job.id() + ".csv\"")
                .body(csv);
    }

    /** A list of words as "a; b", anything else as its JSON. */
    private static @Nullable String text(@Nullable JsonNode detail) {
        if (detail == null || detail.isNull()) {
            return null;
        }
        if (detail.isArray() && StreamSupport.stream(detail.spliterator(), false).allMatch(JsonNode::isString)) {
            return String.join("; ", StreamSupport.stream(detail.spliterator(), false).map(JsonNode::asString).toList());
        }
        return detail.toString();
    }
}
