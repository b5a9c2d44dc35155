package com.orderdesk.shipping.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ShipmentRepository extends JpaRepository<Shipment, UUID> {

    @Query("select s from Shipment s where s.orderId = :orderId order by s.createdAt, s.id")
    List<Shipment> findByOrder(UUID orderId);

    @Query("select distinct s from Shipment s join s.trackingNumbers t where t in :numbers")
    List<Shipment> findByTrackingNumbers(Collection<String> numbers);

    /** Holds a transaction-scoped advisory lock on the key (see {@link SharedSlips}); answers 1. */
    @Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked",
            nativeQuery = true)
    long lockTrackingNumber(String key);

    @Query("select distinct s.orderId from Shipment s join s.trackingNumbers t where t = :number")
    Set<UUID> orderIdsByTrackingNumber(String number);
}
