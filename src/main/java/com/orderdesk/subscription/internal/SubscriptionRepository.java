package com.orderdesk.subscription.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.subscription.SubscriptionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubscriptionRepository extends JpaRepository<Subscription, UUID> {

    Optional<Subscription> findByNumber(String number);

    @Query(value = "SELECT nextval('subscription_number_seq')", nativeQuery = true)
    long nextNumber();

    /** Ids of active subscriptions whose next order date has come, oldest first. */
    @Query(value = """
            SELECT id FROM subscriptions WHERE status = 'ACTIVE' AND next_order_date <= :today
            ORDER BY next_order_date, number""", nativeQuery = true)
    List<UUID> findDueIds(@Param("today") LocalDate today);

    /**
     * Locks one subscription for this transaction if it is (still) due and no other generator holds
     * it; empty when another instance is working on it or it is no longer due.
     */
    @Query(value = """
            SELECT id FROM subscriptions WHERE id = :id AND status = 'ACTIVE' AND next_order_date <= :today
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    Optional<UUID> lockIfDue(@Param("id") UUID id, @Param("today") LocalDate today);

    List<Subscription> findByStatusOrderByNextOrderDate(SubscriptionStatus status);

    Page<Subscription> findByStatusIn(List<SubscriptionStatus> statuses, Pageable pageable);

    Page<Subscription> findByCustomerIdAndStatusIn(UUID customerId, List<SubscriptionStatus> statuses, Pageable pageable);

    List<Subscription> findByNumberIn(List<String> numbers);
}
