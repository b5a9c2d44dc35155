package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches payments a provider captures by itself ({@code automaticCapture}, AUTH_AND_CAPTURE mode):
 * the provider announces the capture by notification minutes after the authorization. When none
 * arrived within {@code orderdesk.payments.automatic-capture-watch.after}, the provider is asked
 * (its status query). Captured: the capture is applied as a notification would be, and the payment
 * is flagged because the notification never came (the notification URL or the provider's
 * notification switch is not set up — Paygent's manual 3-4 ③ and 12). Still authorized: flagged, as
 * the provider does not capture it (its automatic capture needs its notifications on). Asked again
 * after the same time while nothing changes. Safe with several instances (SKIP LOCKED lease on the
 * payment's next poll).
 */
@Component
class AutomaticCaptureWatch {

    private final PaymentRepository payments;
    private final NotificationApplication application;
    private final PaymentChanges changes;
    private final PaymentGateways gateways;
    private final ProviderStatusAsker asker;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration after;

    AutomaticCaptureWatch(PaymentRepository payments, NotificationApplication application, PaymentChanges changes,
            PaymentGateways gateways, ProviderStatusAsker asker, PlatformTransactionManager transactionManager, Clock clock,
            PaymentsProperties properties) {
        this.payments = payments;
        this.application = application;
        this.changes = changes;
        this.gateways = gateways;
        this.asker = asker;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.after = properties.automaticCaptureWatch().after();
    }

    @Scheduled(fixedDelayString = "${orderdesk.payments.automatic-capture-watch.interval:PT1M}")
    void watch() {
        Set<String> automatic = gateways.all().stream().filter(gateway -> gateway.capabilities().automaticCapture())
                .map(PaymentGateway::providerCode).map(ProviderCode::name).collect(Collectors.toSet());
        if (automatic.isEmpty()) {
            return;
        }
        List<UUID> due = transactions.execute(tx -> {
            Instant now = clock.instant();
            List<UUID> ids = payments.lockOverdueAutomaticCaptures(automatic, now.minus(after), now, 50);
            ids.forEach(id -> payments.findById(id).ifPresent(payment ->
                    payment.pollAgainAt(now.plus(after), payment.pollAttempts() + 1)));
            return ids;
        });
        for (UUID id : due == null ? List.<UUID>of() : due) {
            look(id);
        }
    }

    private void look(UUID paymentId) {
        Payment payment = payments.findById(paymentId).orElseThrow();
        GatewayStatusResult state = asker.ask(payment, "automatic capture").orElse(null);
        if (state == null) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            Payment current = payments.findById(paymentId).orElseThrow();
            if (current.status() != PaymentStatus.AUTHORIZED) {
                return; // the notification came meanwhile
            }
            String provider = current.provider().displayName();
            if (state.known() && state.status() != null && state.status() != PaymentStatus.AUTHORIZED) {
                application.apply(current, state.status(), state.providerStatus(), state.amount(), null,
                        state.references());
                changes.flag(current, provider + " reported " + state.status() + " only when asked: no notification"
                        + " arrived within " + after.toMinutes() + " minutes of the authorization. Check that "
                        + provider + " sends its notifications to OrderDesk (notification URL / 決済通知ステータス)");
            } else if (!current.needsAttention()) {
                changes.flag(current, provider + " has not captured this payment " + after.toMinutes()
                        + " minutes after the authorization although its payment method captures automatically ("
                        + (state.providerStatus() == null ? "status unknown" : state.providerStatus()) + "). Check that "
                        + provider + "'s notifications are switched on (決済通知ステータス) and reach OrderDesk; the"
                        + " payment stays AUTHORIZED until " + provider + " captures it");
            }
        });
    }
}
