package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.shared.ShopTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns authorizations whose capture window has passed EXPIRED, by themselves, and likewise PENDING
 * payments whose shopper step ended more than {@link #UNPAID_GRACE} ago (DSK sends no notice when
 * its payment deadline passes, so OrderDesk decides locally). Payments with a
 * provider call still unresolved are left alone until reconciliation settles it (the call may
 * have been a capture). Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, safe with several instances.
 */
@Component
class AuthorizationExpiry {

    /**
     * A convenience store may take a payment up to the end of the deadline and the notice can
     * follow hours later (DSK: up to 2 hours), so an unpaid payment waits a day more.
     */
    static final Duration UNPAID_GRACE = Duration.ofDays(1);

    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentChanges changes;
    private final OrderManagement orders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuthorizationExpiry(PaymentRepository payments, PaymentOperationRepository operations, PaymentChanges changes,
            OrderManagement orders, PlatformTransactionManager transactionManager, Clock clock) {
        this.payments = payments;
        this.operations = operations;
        this.changes = changes;
        this.orders = orders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${orderdesk.payments.expiry-interval:PT5M}")
    void expireDue() {
        for (int batch = 0; batch < 20; batch++) {
            Integer claimed = transactions.execute(tx -> expireBatch(50));
            if (claimed == null || claimed < 50) {
                return;
            }
        }
    }

    /** Expires up to {@code limit} payments inside the caller's transaction; returns how many were claimed. */
    private int expireBatch(int limit) {
        Instant now = clock.instant();
        List<UUID> unpaid = payments.lockLapsedPendingPayments(now.minus(UNPAID_GRACE), limit);
        for (UUID id : unpaid) {
            Payment payment = payments.findById(id).orElseThrow();
            if (operations.existsUnresolved(id)) {
                continue;
            }
            // A deadline is the end of its last payable day (00:00 of the next), so a second less names that day.
            Instant deadline = payment.nextAction().expiresAt();
            changes.move(payment, PaymentStatus.EXPIRED);
            payment.nextAction(NextAction.NONE);
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                    + " 支払期限切れ: " + PaymentRules.yen(payment.amount()) + " unpaid since the deadline "
                    + (deadline == null ? "" : ShopTime.dateOf(deadline.minusSeconds(1))));
        }
        List<UUID> due = payments.lockExpiredAuthorizations(now, limit);
        for (UUID id : due) {
            Payment payment = payments.findById(id).orElseThrow();
            if (operations.existsUnresolved(id)) {
                continue;
            }
            changes.move(payment, PaymentStatus.EXPIRED);
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                    + " 与信期限切れ: " + PaymentRules.yen(payment.authorizedAmount()) + " can no longer be captured");
        }
        return Math.max(due.size(), unpaid.size());
    }
}
