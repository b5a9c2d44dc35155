package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Applies the state a (confirmed) notification reports to its payment through the same state
 * machine operators use; a captured, paid, refunded or cancelled state is booked as the same
 * {@link PaymentFact} an operator's call books. A state older than what the payment already shows is ignored, never
 * applied backwards: by the notification's time, and by the state machine (CAPTURED never goes
 * back to AUTHORIZED). Runs in the inbox worker's transaction.
 */
@Component
class NotificationApplication {

    /** What applying did, for the inbox entry. */
    record Applied(boolean ignored, String outcome) {
    }

    private final PaymentChanges changes;
    private final PaymentGateways gateways;
    private final OrderManagement orders;
    private final ProviderDrift drift;
    private final Reviews reviews;
    private final Clock clock;
    private final Duration clockSkew;

    /**
     * @param properties {@code orderdesk.payment.notification-clock-skew}: how far past this
     *        instance's clock a notice's own time may be and still be believed
     */
    NotificationApplication(PaymentChanges changes, PaymentGateways gateways, OrderManagement orders,
            ProviderDrift drift, Reviews reviews, Clock clock,
            NotificationProperties properties) {
        this.clockSkew = properties.notificationClockSkew();
        this.drift = drift;
        this.reviews = reviews;
        this.changes = changes;
        this.gateways = gateways;
        this.orders = orders;
        this.clock = clock;
    }

    Applied apply(Payment payment, PaymentStatus reported, @Nullable String providerStatus, @Nullable Long amount,
            @Nullable Instant claimedAt, Map<String, String> references) {
        Instant occurredAt = believable(claimedAt);
        Applied applied = apply(payment, reported, providerStatus, amount, references, occurredAt);
        return claimedAt != null && occurredAt == null ? new Applied(applied.ignored(), applied.outcome()
                + "; its time " + claimedAt + " is in the future and was not used") : applied;
    }

    private Applied apply(Payment payment, PaymentStatus reported, @Nullable String providerStatus,
            @Nullable Long amount, Map<String, String> references, @Nullable Instant occurredAt) {
        if (occurredAt != null && payment.lastNotificationAt() != null && occurredAt.isBefore(payment.lastNotificationAt())) {
            return new Applied(true, "older than the notification already applied (" + payment.lastNotificationAt() + ")");
        }
        PaymentStatus current = payment.status();
        if (reported != current && !PaymentRules.canMove(current, reported)) {
            return new Applied(true, "stale: payment is already " + current + ", " + reported + " cannot follow");
        }
        String before = payment.providerStatus();
        payment.providerSaid(providerStatus, references);
        payment.notificationApplied(occurredAt);
        PaymentGateway gateway = gateways.get(payment.provider());
        String provider = payment.provider().displayName();
        if (reported == current) {
            if (providerStatus != null && !providerStatus.equals(before)) {
                // Same unified status, new provider word (DSK 入金確定 after 入金済み): readable in the history.
                orders.recordHistory(payment.orderId(), HistoryKind.NOTIFICATION, provider + " 通知: " + providerStatus
                        + (amount == null ? "" : " " + PaymentRules.yen(amount)));
                return new Applied(false, "status unchanged (" + current + "), " + provider + " says " + providerStatus);
            }
            return new Applied(false, "status unchanged (" + current + ")");
        }
        boolean paidBefore = current == PaymentStatus.PAID || current == PaymentStatus.AMOUNT_MISMATCH;
        boolean reversal = reported == PaymentStatus.CANCELLED && paidBefore && !gateway.capabilities().refunds();
        // A provider that cannot refund taking a payment back (DSK 入金取消) reports the shopper's side at the
        // store, which OrderDesk never makes: no console action, so no drift (its own flag says what to do).
        Optional<String> drifted = reversal ? Optional.empty() : drift.of(payment, reported);
        switch (reported) {
            case AUTHORIZED -> {
                payment.authorized(amount != null ? amount : payment.amount(), null,
                        gateway.capabilities().authValidityDays(), clock.instant());
                changes.move(payment, reported);
            }
            case CAPTURED -> changes.apply(payment, PaymentFact.captured(amount, null, reported));
            case PAID, AMOUNT_MISMATCH -> changes.apply(payment, PaymentFact.paid(amount, reported));
            // The notice's amount is the payment's, not the refund's: a REFUNDED notice returns all of it.
            case REFUNDED -> changes.apply(payment, PaymentFact.refunded(null, null, reported));
            // A provider that cannot refund did not refund: it took back what it had received.
            case CANCELLED -> changes.apply(payment, reversal ? PaymentFact.reversed(reported)
                    : PaymentFact.cancelled(null, reported));
            default -> changes.move(payment, reported);
        }
        if (payment.status() != reported && gateway.statusWord(payment.status()) != null) {
            // The core moved it further than the notice said (paid ≠ billed): the provider's word for that.
            payment.providerSaid(gateway.statusWord(payment.status()), Map.of());
        }
        String shown = payment.providerStatus() == null ? "" : " (" + payment.providerStatus() + ")";
        String line = provider + " 通知: " + payment.status() + shown
                + (amount == null ? "" : " " + PaymentRules.yen(amount));
        if (payment.status() == PaymentStatus.AMOUNT_MISMATCH && amount != null) {
            line = provider + " 通知: " + payment.status() + shown + " 請求 " + PaymentRules.yen(payment.amount())
                    + " / 入金 " + PaymentRules.yen(amount) + " / 差額 " + signedYen(amount - payment.amount());
        }
        if (reversal) {
            // The payment ended while its order stays open: cancelling the order, as advised, settles the flag.
            changes.flag(payment, provider + " reversed the payment (" + providerStatus + "): the shopper's "
                    + PaymentRules.yen(payment.amount()) + " was not received after all. Cancel the order, or ask the"
                    + " shopper to pay again with a new payment", AttentionCause.ORDER_LEFT_OPEN, Set.of());
        } else if (reported == PaymentStatus.CANCELLED && paidBefore) {
            changes.flag(payment, provider + " cancelled a payment that was already paid ("
                    + current + "); check whether the money must be returned or collected again");
        }
        drifted.ifPresent(reason -> changes.flag(payment, reason, AttentionCause.PROVIDER_DRIFT, Set.of()));
        if (reported == PaymentStatus.UNDER_REVIEW) {
            reviews.entered(payment);
        } else if (reported == PaymentStatus.FAILED) {
            reviews.failedByProvider(payment, current);
        } else if (reported == PaymentStatus.AUTHORIZED && current == PaymentStatus.UNDER_REVIEW) {
            payment.nextAction(com.orderdesk.payment.gateway.NextAction.NONE);
        }
        orders.recordHistory(payment.orderId(), HistoryKind.NOTIFICATION, line);
        return new Applied(false, "applied: " + current + " → " + payment.status());
    }

    private @Nullable Instant believable(@Nullable Instant claimedAt) {
        return claimedAt == null || claimedAt.isAfter(clock.instant().plus(clockSkew)) ? null : claimedAt;
    }

    private static String signedYen(long difference) {
        return (difference > 0 ? "+" : "") + PaymentRules.yen(difference);
    }
}
