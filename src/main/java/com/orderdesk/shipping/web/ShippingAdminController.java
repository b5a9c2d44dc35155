package com.orderdesk.shipping.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.BulkShipping;
import com.orderdesk.shipping.internal.BulkShipping.Result;
import com.orderdesk.shipping.internal.ShippingSchedule;
import com.orderdesk.shipping.internal.ShippingScheduleRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shipping work across orders: overdue orders (出荷遅延) and marking many orders shipped at once. */
@RestController
@Validated
@RequestMapping("/api/admin/shipments")
class ShippingAdminController {

    static final int MAX_BULK = 1000;

    private final ShippingScheduleRepository schedules;
    private final BulkShipping bulk;
    private final Clock clock;

    ShippingAdminController(ShippingScheduleRepository schedules, BulkShipping bulk, Clock clock) {
        this.schedules = schedules;
        this.bulk = bulk;
        this.clock = clock;
    }

    record OverdueOrder(String orderNumber, OrderStatus status, Instant placedAt, @Nullable LocalDate wishedDate,
            LocalDate expectedShipDate, long daysOverdue) {
    }

    record OverduePage(LocalDate today, List<OverdueOrder> items, int page, int size, long totalElements) {
    }

    record BulkItem(@NotBlank String orderNumber, @NotNull Carrier carrier, @NotBlank @Size(max = 64) String trackingNumber,
            @Nullable LocalDate shippedOn) {
    }

    record BulkRequest(@NotEmpty @Size(max = MAX_BULK) List<@Valid @NotNull BulkItem> shipments) {
    }

    record BulkResponse(int succeeded, int failed, List<Result> results) {
    }

    /** Orders past their expected ship date that are neither shipped nor closed, most overdue first. */
    @GetMapping("/overdue")
    @Transactional(readOnly = true)
    OverduePage overdue(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        LocalDate today = ShopTime.dateOf(clock.instant());
        Page<ShippingSchedule> found = schedules.findOverdue(today, EnumSet.of(OrderStatus.NEW, OrderStatus.PROCESSING),
                PageRequest.of(page, size));
        return new OverduePage(today, found.map(schedule -> new OverdueOrder(schedule.orderNumber(), schedule.orderStatus(),
                schedule.placedAt(), schedule.wishedDate(), schedule.expectedShipDate(),
                ChronoUnit.DAYS.between(schedule.expectedShipDate(), today))).getContent(), page, size,
                found.getTotalElements());
    }

    /** Ships every listed order completely, each on its own: a result per order, in request order. */
    @PostMapping("/bulk")
    BulkResponse ship(@Valid @RequestBody BulkRequest request) {
        List<Result> results = bulk.ship(request.shipments().stream().map(item -> new BulkShipping.Item(
                item.orderNumber().strip(), item.carrier(), item.trackingNumber(), item.shippedOn())).toList());
        int succeeded = (int) results.stream().filter(Result::succeeded).count();
        return new BulkResponse(succeeded, results.size() - succeeded, results);
    }
}
