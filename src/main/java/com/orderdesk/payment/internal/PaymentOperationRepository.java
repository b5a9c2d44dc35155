package com.orderdesk.payment.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The operations log. */
interface PaymentOperationRepository extends JpaRepository<PaymentOperation, UUID> {

    List<PaymentOperation> findByPaymentIdOrderByStartedAt(UUID paymentId);

    /** Unresolved entries due for a check, locked so that one instance handles each. */
    @Query(value = """
            select * from payment_operations where resolved_at is null and next_check_at <= ?1
            order by next_check_at limit ?2 for update skip locked""", nativeQuery = true)
    List<PaymentOperation> lockDueForReconciliation(Instant now, int limit);

    /** Whether the operation {@code correlationId} made a call on another payment (a re-issue's registration). */
    @Query("select count(o) > 0 from PaymentOperation o where o.correlationId = ?1 and o.paymentId <> ?2")
    boolean existsByCorrelationOnOtherPayment(UUID correlationId, UUID paymentId);

    @Query("select count(o) > 0 from PaymentOperation o where o.paymentId = ?1 and o.resolvedAt is null")
    boolean existsUnresolved(UUID paymentId);
}
