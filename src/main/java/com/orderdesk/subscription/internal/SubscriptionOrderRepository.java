package com.orderdesk.subscription.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubscriptionOrderRepository extends JpaRepository<SubscriptionOrder, UUID> {

    List<SubscriptionOrder> findBySubscriptionIdOrderByCycle(UUID subscriptionId);

    Optional<SubscriptionOrder> findBySubscriptionIdAndCycle(UUID subscriptionId, int cycle);

    Optional<SubscriptionOrder> findByOrderId(UUID orderId);

    List<SubscriptionOrder> findByPaymentStatusOrderByCreatedAtDesc(String paymentStatus);

    List<SubscriptionOrder> findTop200ByOrderByCreatedAtDesc();

    /** Orders whose payment was never started (a run stopped between the order and its payment). */
    @Query("select o.id from SubscriptionOrder o where o.paymentStarted = false order by o.createdAt")
    List<UUID> findUnstarted();

    /**
     * Claims an unstarted order's payment for a few minutes, so that two instances resuming the same
     * order do not both start it; returns 1 when this caller got the claim.
     */
    @Modifying
    @Query(value = """
            UPDATE subscription_orders SET payment_claimed_until = :until
            WHERE id = :id AND NOT payment_started AND (payment_claimed_until IS NULL OR payment_claimed_until < :now)
            """, nativeQuery = true)
    int claimPaymentStart(@Param("id") UUID id, @Param("now") Instant now, @Param("until") Instant until);
}
