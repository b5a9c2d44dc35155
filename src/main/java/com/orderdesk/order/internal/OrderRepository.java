package com.orderdesk.order.internal;

import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.Order;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<Order, UUID> {

    @Query("select o from ShopOrder o where o.number = :number")
    Optional<Order> findByNumber(String number);

    @Query(value = "select nextval('order_number_seq')", nativeQuery = true)
    long nextNumber();
}
