package com.orderdesk.payment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Payments by order, by provider order id and by capture window. */
interface PaymentRepository extends JpaRepository<Payment, UUID> {

    List<Payment> findByOrderIdOrderByAttempt(UUID orderId);

    /**
     * The order's attempts as {@link AttemptRow}s, oldest first, in one statement: the ledger sums
     * are subqueries, and neither the references (decrypted on load) nor the ledger rows are loaded.
     */
    @Query("""
            select new com.orderdesk.payment.internal.AttemptRow(p.id, p.attempt, p.paymentMethodCode, p.provider,
                p.status, p.providerStatus, p.amount,
                (select coalesce(sum(l.amount), 0) from Payment q join q.ledger l where q.id = p.id and l.kind <> :refund),
                (select coalesce(sum(l.amount), 0) from Payment q join q.ledger l where q.id = p.id and l.kind = :refund),
                p.nextActionType, p.nextActionUrl, p.nextActionData, p.nextActionExpiresAt)
            from Payment p where p.orderId = :orderId order by p.attempt""")
    List<AttemptRow> attemptRows(UUID orderId, LedgerEntry.Kind refund);

    default List<AttemptRow> attemptRows(UUID orderId) {
        return attemptRows(orderId, LedgerEntry.Kind.REFUND);
    }

    org.springframework.data.domain.Page<Payment> findByNeedsAttentionTrue(
            org.springframework.data.domain.Pageable pageable);

    List<Payment> findByOrderNumberOrderByAttempt(String orderNumber);

    Optional<Payment> findFirstByOrderIdOrderByAttemptDesc(UUID orderId);

    /** The order's current payment by the number it carries (index V500), without asking the order module. */
    Optional<Payment> findFirstByOrderNumberOrderByAttemptDesc(String orderNumber);

    /** Locks the payment's row until the transaction ends (the entity is then read fresh). */
    @Query(value = "select id from payments where id = ?1 for update", nativeQuery = true)
    Optional<UUID> lockRow(UUID id);

    /**
     * The payment read after locking its row: whoever applies a provider fact (an operator's call
     * answered, a notice, a polled status) sees what the other committed, so a capture answered
     * while a CAPTURED notice is applied is booked once, not refused by the one-capture index.
     */
    default Optional<Payment> findLockedById(UUID id) {
        lockRow(id);
        return findById(id);
    }

    /** Every attempt of these orders (one order-list page), for their current payments' words. */
    List<Payment> findByOrderNumberIn(java.util.Collection<String> orderNumbers);

    Optional<Payment> findByProviderAndProviderOrderId(ProviderCode provider, String providerOrderId);

    /** The payments of a provider holding the reference {@code name} = {@code value} (a notice's locator). */
    @Query(value = """
            select p.id from payments p join payment_references r on r.payment_id = p.id
            where p.provider = ?1 and r.name = ?2 and r.value = ?3""", nativeQuery = true)
    List<UUID> findIdsByProviderReference(String provider, String name, String value);

    List<Payment> findByStatusAndAuthExpiresAtBetweenOrderByAuthExpiresAt(PaymentStatus status, Instant from,
            Instant until);

    /** Unpaid store payments (PENDING, showing a payment page) whose deadline falls in the window, soonest first. */
    @Query("""
            select p from Payment p where p.status = com.orderdesk.payment.PaymentStatus.PENDING
              and p.nextActionType = com.orderdesk.payment.gateway.NextAction.Type.PAYMENT_PAGE
              and p.nextActionExpiresAt >= ?1 and p.nextActionExpiresAt < ?2
            order by p.nextActionExpiresAt""")
    List<Payment> findUnpaidExpiring(Instant from, Instant until);

    /** Authorized payments whose capture window has closed, locked so that one instance expires each. */
    @Query(value = """
            select id from payments where status = 'AUTHORIZED' and auth_expires_at <= ?1
            order by auth_expires_at limit ?2 for update skip locked""", nativeQuery = true)
    List<UUID> lockExpiredAuthorizations(Instant now, int limit);

    /**
     * PENDING payments whose shopper step (DSK's payment deadline) ended before {@code lapsedBefore},
     * locked so that one instance expires each.
     */
    @Query(value = """
            select id from payments where status = 'PENDING' and next_action_expires_at <= ?1
            order by next_action_expires_at limit ?2 for update skip locked""", nativeQuery = true)
    List<UUID> lockLapsedPendingPayments(Instant lapsedBefore, int limit);

    /** Payments under review past their deadline, locked so that one instance fails each. */
    @Query(value = """
            select id from payments where status = 'UNDER_REVIEW' and review_deadline <= ?1
            order by review_deadline limit ?2 for update skip locked""", nativeQuery = true)
    List<UUID> lockOverdueReviews(Instant now, int limit);

    /**
     * Open payments of providers that push no notifications whose next poll is due, locked so that
     * one instance polls each.
     */
    @Query(value = """
            select id from payments where provider in (?1)
            and status in ('UNDER_REVIEW', 'AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED')
            and (next_poll_at is null or next_poll_at <= ?2)
            order by next_poll_at nulls first limit ?3 for update skip locked""", nativeQuery = true)
    List<UUID> lockDuePolls(java.util.Collection<String> providers, Instant now, int limit);

    /**
     * AUTHORIZED payments of providers that capture by themselves, started in AUTH_AND_CAPTURE mode
     * and authorized before {@code authorizedBefore}, whose next look is due; locked so that one
     * instance looks at each.
     */
    @Query(value = """
            select id from payments where provider in (?1) and status = 'AUTHORIZED' and capture_immediately
            and authorized_at <= ?2 and (next_poll_at is null or next_poll_at <= ?3)
            order by authorized_at limit ?4 for update skip locked""", nativeQuery = true)
    List<UUID> lockOverdueAutomaticCaptures(java.util.Collection<String> providers, Instant authorizedBefore,
            Instant now, int limit);

    @Query("""
            select p from Payment p where p.status = com.orderdesk.payment.PaymentStatus.AUTHORIZED
            and (p.authExpiresAt is null or p.authExpiresAt > ?1) order by p.authExpiresAt, p.orderNumber""")
    List<Payment> findCapturable(Instant now);

    @Query(value = """
            select distinct p.order_id from payments p left join payment_references r on r.payment_id = p.id
            where p.provider_order_id = ?1 or r.value = ?1""", nativeQuery = true)
    Set<UUID> findOrderIdsByReference(String reference);
}
