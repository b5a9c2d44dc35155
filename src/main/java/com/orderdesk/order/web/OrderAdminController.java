package com.orderdesk.order.web;

import java.net.URI;
import java.util.List;

import com.orderdesk.order.BulkStatusChanges;
import com.orderdesk.order.HistoryEntry;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderManagement.StatusChangeResult;
import com.orderdesk.order.OrderPage;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.OrderForm.PatchOrderRequest;
import com.orderdesk.order.OrderForm.PlaceOrderRequest;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operators' order screens over HTTP: list, register, edit, status changes and history. */
@RestController
@RequestMapping("/api/admin/orders")
class OrderAdminController {

    static final int MAX_BULK = 1000;

    private final OrderManagement orders;
    private final BulkStatusChanges bulkStatusChanges;

    OrderAdminController(OrderManagement orders, BulkStatusChanges bulkStatusChanges) {
        this.orders = orders;
        this.bulkStatusChanges = bulkStatusChanges;
    }

    /**
     * @param refundedOutside for a cancel whose payment cannot be cancelled (a paid DSK payment): the
     *        operator's account of the refund made outside OrderDesk; with it the order is cancelled
     *        anyway and the payment records the refund, without it the cancel is refused (409)
     */
    record StatusChangeRequest(@NotNull OrderStatus status, @Size(max = 500) @Nullable String refundedOutside) {
    }

    record BulkStatusChangeRequest(@NotEmpty @Size(max = MAX_BULK) List<@NotNull String> numbers,
            @NotNull OrderStatus status) {
    }

    record BulkStatusChangeResponse(OrderStatus status, int succeeded, int failed, List<StatusChangeResult> results) {
    }

    @GetMapping
    OrderPage search(@Valid OrderSearchParams params) {
        return orders.search(params.toCriteria());
    }

    @PostMapping
    ResponseEntity<OrderView> register(@Valid @RequestBody PlaceOrderRequest request) {
        Order order = orders.place(OrderChannel.ADMIN, request.toContent());
        return created(order);
    }

    @GetMapping("/{number}")
    ResponseEntity<OrderView> get(@PathVariable String number) {
        Order order = orders.find(number);
        return withEtag(OrderView.of(order, orders.paymentStatusWord(order)));
    }

    @PatchMapping(path = "/{number}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<OrderView> edit(@PathVariable String number,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PatchOrderRequest request) {
        Long expected = expectedVersion(ifMatch, request.version());
        return withEtag(OrderView.of(orders.edit(number, expected, request.toChanges())));
    }

    @PostMapping("/{number}/status")
    ResponseEntity<OrderView> changeStatus(@PathVariable String number, @Valid @RequestBody StatusChangeRequest request) {
        return withEtag(OrderView.of(orders.changeStatus(number, request.status(), request.refundedOutside())));
    }

    @PostMapping("/bulk/status")
    BulkStatusChangeResponse changeStatuses(@Valid @RequestBody BulkStatusChangeRequest request) {
        List<StatusChangeResult> results = bulkStatusChanges.run(request.numbers(), request.status());
        int succeeded = (int) results.stream().filter(StatusChangeResult::succeeded).count();
        return new BulkStatusChangeResponse(request.status(), succeeded, results.size() - succeeded, results);
    }

    @GetMapping("/{number}/history")
    List<HistoryEntry> history(@PathVariable String number) {
        return orders.history(number);
    }

    static ResponseEntity<OrderView> created(Order order) {
        OrderView view = OrderView.of(order);
        return ResponseEntity.created(URI.create("/api/admin/orders/" + order.number())).eTag(view.etag()).body(view);
    }

    private static ResponseEntity<OrderView> withEtag(OrderView view) {
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    /**
     * The version the edit was made on: {@code If-Match} is required (428 without it); the body's
     * {@code version}, when also sent, must agree with it.
     */
    private static @Nullable Long expectedVersion(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        Long fromHeader = EntityTags.requiredVersion(ifMatch, "order");
        if (fromHeader != null && bodyVersion != null && !fromHeader.equals(bodyVersion)) {
            throw new InvalidInput("version", "differs from the If-Match header");
        }
        return fromHeader != null ? fromHeader : bodyVersion;
    }
}
