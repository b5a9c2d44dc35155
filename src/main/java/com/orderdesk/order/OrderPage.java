package com.orderdesk.order;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of search results and how many orders match in all.
 *
 * @param totalElements the number of matching orders, exact when {@code totalExact}; otherwise at
 *        least this many match (counting stops at {@link #COUNT_LIMIT}: an exact count of a large
 *        share of a million orders costs more than the page itself, and nobody pages that far)
 */
public record OrderPage(List<OrderSummary> items, int page, int size, long totalElements, boolean totalExact) {

    /** Counting stops here: a search matching more says "at least 10,000". */
    public static final long COUNT_LIMIT = 10_000;

    public OrderPage(List<OrderSummary> items, int page, int size, long totalElements) {
        this(items, page, size, totalElements, true);
    }

    @JsonProperty
    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }
}
