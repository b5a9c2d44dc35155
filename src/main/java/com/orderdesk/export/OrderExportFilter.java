package com.orderdesk.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.orderdesk.order.OrderSearchCriteria;
import com.orderdesk.order.OrderStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which orders an export takes: the order list's (受注一覧) filters, with the same meaning
 * ({@link OrderSearchCriteria}); every field optional, none means every order. {@code numbers},
 * when given, are the orders an operator ticked in the list: exactly those, in that order, and the
 * other filters are not applied.
 *
 * @param reference a provider's transaction id or a tracking number, as the list searches it
 */
public record OrderExportFilter(@Nullable String number, @Nullable LocalDate placedFrom, @Nullable LocalDate placedTo,
        @Nullable Set<OrderStatus> statuses, @Nullable String customerName, @Nullable String customerKana,
        @Nullable String email, @Nullable String phone, @Nullable Long minTotal, @Nullable Long maxTotal,
        @Nullable String productCode, @Nullable String deliveryMethodCode, @Nullable String paymentMethodCode,
        @Nullable String paymentStatus, @Nullable Boolean readyToShip,
        @Nullable Boolean needsAttention, @Nullable String reference,
        @Nullable List<String> numbers) {

    /** Exactly the orders with these numbers. */
    public static OrderExportFilter ofNumbers(List<String> numbers) {
        return new OrderExportFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.copyOf(numbers));
    }

    OrderSearchCriteria page(int page, int size) {
        Set<OrderStatus> chosen = statuses != null && !statuses.isEmpty() ? Set.copyOf(statuses)
                : Boolean.TRUE.equals(readyToShip) ? Set.of(OrderStatus.NEW, OrderStatus.PROCESSING) : Set.of();
        return new OrderSearchCriteria(number, placedFrom, placedTo, chosen, customerName, customerKana, email, phone,
                minTotal, maxTotal, productCode, deliveryMethodCode, paymentMethodCode, paymentStatus, reference,
                Boolean.TRUE.equals(readyToShip), Boolean.TRUE.equals(needsAttention), page, size);
    }
}
