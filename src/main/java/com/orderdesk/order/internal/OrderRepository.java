package com.orderdesk.order.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.Order;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<Order, UUID> {

    @Query("select o from ShopOrder o where o.number = :number")
    Optional<Order> findByNumber(String number);

    @Query(value = "select nextval('order_number_seq')", nativeQuery = true)
    long nextNumber();

    /** Stores the payment summary unless a newer one is already there; leaves the version alone. */
    @Modifying
    @Query(value = """
            UPDATE orders SET payment_status = :status, payment_secured = :secured,
                payment_needs_attention = :needsAttention, payment_status_at = :at
            WHERE id = :orderId AND (payment_status_at IS NULL OR payment_status_at <= :at)""", nativeQuery = true)
    int recordPaymentProgress(UUID orderId, String status, boolean secured, boolean needsAttention, Instant at);
}
