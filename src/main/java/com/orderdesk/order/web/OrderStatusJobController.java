package com.orderdesk.order.web;

import java.util.List;

import com.orderdesk.order.BulkStatusChanges;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.jobs.BulkJob;
import com.orderdesk.shared.jobs.JobResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一括ステータス変更 as a background job: answers 202 at once with the job, whose {@code Location}
 * is followed until COMPLETED (results per order, also as CSV). The synchronous
 * {@code POST /api/admin/orders/bulk/status} runs the same job and answers with its results.
 */
@RestController
class OrderStatusJobController {

    private final BulkStatusChanges bulkStatusChanges;

    OrderStatusJobController(BulkStatusChanges bulkStatusChanges) {
        this.bulkStatusChanges = bulkStatusChanges;
    }

    record OrderStatusJobRequest(@NotEmpty @Size(max = 10_000) List<@NotNull @Size(max = 32) String> numbers,
            @NotNull OrderStatus status) {
    }

    @ResponseStatus(HttpStatus.ACCEPTED) // documents 202 in the API description; the ResponseEntity sets it
    @PostMapping("/api/admin/jobs/order-status")
    ResponseEntity<BulkJob> start(@Valid @RequestBody OrderStatusJobRequest request) {
        return JobResponses.accepted(bulkStatusChanges.start(request.numbers(), request.status()));
    }
}
