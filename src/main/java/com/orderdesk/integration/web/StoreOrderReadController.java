package com.orderdesk.integration.web;

import java.time.Instant;

import com.orderdesk.integration.StoreOrder;
import com.orderdesk.integration.internal.StoreOrderSync;
import com.orderdesk.integration.internal.StoreOrderSync.SyncPage;
import com.orderdesk.integration.internal.StoreOrders;
import com.orderdesk.shared.StoreCaller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The integrator reads its store's orders back and syncs their changes (API key). Another store's
 * order is 404, exactly like a number that does not exist, and never appears in the sync.
 * Placing stays with {@code POST /api/store/orders}.
 */
@RestController
@Validated
@RequestMapping("/api/store/orders")
class StoreOrderReadController {

    private final StoreOrders orders;
    private final StoreOrderSync sync;

    StoreOrderReadController(StoreOrders orders, StoreOrderSync sync) {
        this.orders = orders;
        this.sync = sync;
    }

    @Operation(summary = "Read an order back", description = """
            The order with its status, totals and lines, the current payment (unified status, the             provider's own status word, the shopper's next action) and the shipments with carrier,             tracking numbers and tracking URLs. Only orders of the key's store; any other number is 404.""")
    @GetMapping("/{number}")
    StoreOrder order(@PathVariable String number) {
        return orders.ofStore(number, StoreCaller.currentStore());
    }

    /**
     * The store's orders changed at or after {@code updatedSince} (ISO-8601), oldest change first; an
     * order changed again moves to the end. Later pages: {@code cursor} = the previous page's
     * {@code nextCursor} (alone).
     */
    @Operation(summary = "Sync changed orders", description = """
            First page: updatedSince (ISO-8601 instant). Every later page: cursor = the previous nextCursor,             alone. Items come in commit order of their last change, each with its own cursor; an order             changed again moves to the end and comes again. hasMore=false means caught up: keep nextCursor             and poll again later. Cursors stay valid; no change is skipped or repeated, also under             concurrent writes. Only the key's store's orders.""")
    @GetMapping
    SyncPage changed(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant updatedSince,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return sync.page(StoreCaller.currentStore(), updatedSince, cursor, limit);
    }
}
