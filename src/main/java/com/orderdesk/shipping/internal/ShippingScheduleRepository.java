package com.orderdesk.shipping.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import com.orderdesk.order.OrderStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ShippingScheduleRepository extends JpaRepository<ShippingSchedule, UUID> {

    @Query("""
            select s from ShippingSchedule s
            where s.expectedShipDate < :today and s.orderStatus in :open
            order by s.expectedShipDate, s.placedAt""")
    Page<ShippingSchedule> findOverdue(LocalDate today, Collection<OrderStatus> open, Pageable page);

    /** Insert or overwrite in one statement, so that listeners of two events of one order never collide. */
    @Transactional
    @Modifying
    @Query(value = """
            INSERT INTO shipping_schedules (order_id, order_number, order_status, placed_at, wished_date,
                                            expected_ship_date, updated_at)
            VALUES (:orderId, :orderNumber, :status, :placedAt, :wishedDate, :expectedShipDate, :at)
            ON CONFLICT (order_id) DO UPDATE SET order_status = excluded.order_status,
                wished_date = excluded.wished_date, expected_ship_date = excluded.expected_ship_date,
                updated_at = excluded.updated_at""", nativeQuery = true)
    void upsert(UUID orderId, String orderNumber, String status, Instant placedAt, @Nullable LocalDate wishedDate,
            LocalDate expectedShipDate, Instant at);
}
