package com.orderdesk.order;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of search results and how many orders match in all. */
public record OrderPage(List<OrderSummary> items, int page, int size, long totalElements) {

    @JsonProperty
    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }
}
