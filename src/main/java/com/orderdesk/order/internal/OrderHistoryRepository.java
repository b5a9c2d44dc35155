package com.orderdesk.order.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrderHistoryRepository extends JpaRepository<OrderHistoryRecord, Long> {

    @Query("select h from OrderHistoryRecord h where h.orderId = :orderId order by h.occurredAt, h.id")
    List<OrderHistoryRecord> findTimeline(UUID orderId);
}
