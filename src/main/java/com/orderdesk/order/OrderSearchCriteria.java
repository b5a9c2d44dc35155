package com.orderdesk.order;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the order list (受注一覧). Text filters match partially and ignore case; the phone
 * filter compares digits only, so {@code 090-1234} finds {@code 09012345678}. Dates are Japan
 * dates, both ends inclusive. {@code reference} is an identifier another module keeps for the
 * order (a provider transaction id, a tracking number), resolved by {@link OrderReferenceFinder}s.
 * {@code readyToShip} keeps orders whose payment is secured (authorized, captured, paid) or that
 * have no provider payment; combined with the status filter (the API defaults it to NEW and
 * PROCESSING). {@code needsAttention} keeps orders whose current payment is flagged for an operator
 * (要確認, as the payment module reports it). {@code page} counts from 0.
 */
public record OrderSearchCriteria(
        @Nullable String number,
        @Nullable LocalDate placedFrom,
        @Nullable LocalDate placedTo,
        Set<OrderStatus> statuses,
        @Nullable String customerName,
        @Nullable String customerKana,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Long minTotal,
        @Nullable Long maxTotal,
        @Nullable String productCode,
        @Nullable String deliveryMethodCode,
        @Nullable String paymentMethodCode,
        @Nullable String paymentStatus,
        @Nullable String reference,
        boolean readyToShip,
        boolean needsAttention,
        int page,
        int size) {

    public static final int MAX_PAGE_SIZE = 200;

    /** Without the needs-attention filter. */
    public OrderSearchCriteria(@Nullable String number, @Nullable LocalDate placedFrom, @Nullable LocalDate placedTo,
            Set<OrderStatus> statuses, @Nullable String customerName, @Nullable String customerKana,
            @Nullable String email, @Nullable String phone, @Nullable Long minTotal, @Nullable Long maxTotal,
            @Nullable String productCode, @Nullable String deliveryMethodCode, @Nullable String paymentMethodCode,
            @Nullable String paymentStatus, @Nullable String reference, boolean readyToShip, int page, int size) {
        this(number, placedFrom, placedTo, statuses, customerName, customerKana, email, phone, minTotal, maxTotal,
                productCode, deliveryMethodCode, paymentMethodCode, paymentStatus, reference, readyToShip, false,
                page, size);
    }
}
