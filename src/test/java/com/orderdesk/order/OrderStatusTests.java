package com.orderdesk.order;

import static com.orderdesk.order.OrderStatus.CANCELLED;
import static com.orderdesk.order.OrderStatus.COMPLETED;
import static com.orderdesk.order.OrderStatus.NEW;
import static com.orderdesk.order.OrderStatus.PROCESSING;
import static com.orderdesk.order.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTests {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(PROCESSING, SHIPPED, CANCELLED),
            PROCESSING, EnumSet.of(NEW, SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(PROCESSING, COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void allowsExactlyTheDocumentedTransitions(OrderStatus from) {
        for (OrderStatus to : OrderStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void onlyClosedOrdersRefuseAmountEdits(OrderStatus status) {
        assertThat(status.allowsAmountEdits()).isEqualTo(status != COMPLETED && status != CANCELLED);
    }
}
