package com.orderdesk.order.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.orderdesk.order.OrderSearchCriteria;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.JapaneseText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Query parameters of {@code GET /api/admin/orders}; {@code status} may repeat; {@code reference}
 * is a provider transaction id or another module's reference for the order; {@code needsAttention=true}
 * keeps orders whose current payment is flagged for an operator (要確認).
 */
record OrderSearchParams(
        @Nullable String number,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedTo,
        @Nullable List<OrderStatus> status,
        @Nullable String customerName,
        @Nullable String customerKana,
        @Nullable String email,
        @Nullable String phone,
        @PositiveOrZero @Nullable Long minTotal,
        @PositiveOrZero @Nullable Long maxTotal,
        @Nullable String productCode,
        @Nullable String deliveryMethod,
        @Nullable String paymentMethod,
        @Nullable String paymentStatus,
        @Nullable String reference,
        @Nullable Boolean readyToShip,
        @Nullable Boolean needsAttention,
        @Min(0) @Nullable Integer page,
        @Min(1) @Max(OrderSearchCriteria.MAX_PAGE_SIZE) @Nullable Integer size) {

    static final int DEFAULT_SIZE = 20;

    OrderSearchCriteria toCriteria() {
        if (placedFrom != null && placedTo != null && placedFrom.isAfter(placedTo)) {
            throw new InvalidInput("placedFrom", "must not be after placedTo");
        }
        if (phone != null && !phone.isBlank() && JapaneseText.digitsOnly(phone).isEmpty()) {
            throw new InvalidInput("phone", "must contain digits (full-width digits are fine)");
        }
        if (minTotal != null && maxTotal != null && minTotal > maxTotal) {
            throw new InvalidInput("minTotal", "must not be greater than maxTotal");
        }
        return new OrderSearchCriteria(blankToNull(number), placedFrom, placedTo,
                statuses(),
                blankToNull(customerName), blankToNull(customerKana), blankToNull(email), blankToNull(phone),
                minTotal, maxTotal, blankToNull(productCode), blankToNull(deliveryMethod),
                blankToNull(paymentMethod), blankToNull(paymentStatus), blankToNull(reference),
                Boolean.TRUE.equals(readyToShip), Boolean.TRUE.equals(needsAttention),
                page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Ready to ship means open orders unless the caller names statuses. */
    private Set<OrderStatus> statuses() {
        if (status != null && !status.isEmpty()) {
            return EnumSet.copyOf(status);
        }
        return Boolean.TRUE.equals(readyToShip) ? EnumSet.of(OrderStatus.NEW, OrderStatus.PROCESSING)
                : EnumSet.noneOf(OrderStatus.class);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
