package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.ReviewFlow.Failure;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fails payments whose review outlasted its deadline (the shopper's SMS code, the provider's
 * screening), each announced by {@code PaymentReviewFailed}. A payment with a provider call still
 * unresolved waits for reconciliation (the call may have been the approval). Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, safe with several instances.
 */
@Component
class ReviewTimeouts {

    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final Reviews reviews;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviewTimeouts(PaymentRepository payments, PaymentOperationRepository operations, Reviews reviews,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.payments = payments;
        this.operations = operations;
        this.reviews = reviews;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${orderdesk.payments.review-timeout-interval:PT30S}")
    void failOverdue() {
        for (int batch = 0; batch < 20; batch++) {
            Integer claimed = transactions.execute(tx -> failBatch(50));
            if (claimed == null || claimed < 50) {
                return;
            }
        }
    }

    /** Fails the payment now when its review deadline has passed; true when it did. */
    boolean failIfOverdue(UUID paymentId) {
        return Boolean.TRUE.equals(transactions.execute(tx -> payments.findById(paymentId)
                .filter(payment -> overdue(payment, clock.instant()))
                .map(payment -> {
                    timeOut(payment);
                    return true;
                }).orElse(false)));
    }

    private int failBatch(int limit) {
        List<UUID> due = payments.lockOverdueReviews(clock.instant(), limit);
        for (UUID id : due) {
            Payment payment = payments.findById(id).orElseThrow();
            if (!operations.existsUnresolved(id)) {
                timeOut(payment);
            }
        }
        return due.size();
    }

    private static boolean overdue(Payment payment, Instant now) {
        return payment.status() == PaymentStatus.UNDER_REVIEW && payment.reviewDeadline() != null
                && !now.isBefore(payment.reviewDeadline());
    }

    private void timeOut(Payment payment) {
        String waitingFor = payment.nextAction().type() == NextAction.Type.SMS_CHECK
                ? "the shopper did not complete the review step" : "the provider's review did not finish";
        reviews.fail(payment, Failure.TIMED_OUT, waitingFor + " by " + payment.reviewDeadline());
    }
}
