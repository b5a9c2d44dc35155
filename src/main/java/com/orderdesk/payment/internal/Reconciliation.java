package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves operations whose outcome is unknown (a timeout, or an instance that died between
 * "sent" and "answered") by asking the provider for the payment's state, on a backoff schedule.
 * When the provider's state shows the operation's result it succeeded; when it shows the state
 * before, it did not happen; when the provider cannot say, the entry is retried and finally left
 * UNKNOWN with the payment flagged for an operator. Each entry is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances never check the same one.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6));

    private final PaymentOperationRepository operations;
    private final PaymentRepository payments;
    private final OperationResults results;
    private final PaymentChanges changes;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Reissues reissues;
    private final Reissues.Confirmed confirmedReissueCancels = new Reissues.Confirmed();

    Reconciliation(PaymentOperationRepository operations, PaymentRepository payments, OperationResults results,
            PaymentChanges changes, PaymentGateways gateways, ProviderSettingsLookup settings,
            PlatformTransactionManager transactionManager, Clock clock, Reissues reissues) {
        this.reissues = reissues;
        this.operations = operations;
        this.payments = payments;
        this.results = results;
        this.changes = changes;
        this.gateways = gateways;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Delay before the check after {@code attempts} earlier checks; the last one is the final try. */
    static Duration backoff(int attempts) {
        return BACKOFF.get(Math.min(attempts, BACKOFF.size() - 1));
    }

    @Scheduled(fixedDelayString = "${orderdesk.payments.reconciliation-interval:PT15S}")
    void reconcileDue() {
        int handled = 0;
        while (handled < 100 && Boolean.TRUE.equals(transactions.execute(tx -> reconcileNext()))) {
            handled++;
        }
        // Outside the checks' transactions: finishing a re-issue calls the provider again.
        List<UUID> cancels;
        while (!(cancels = confirmedReissueCancels.drain()).isEmpty()) {
            cancels.forEach(reissues::finish);
        }
    }

    /** Checks one due entry; false when none is due. */
    boolean reconcileNext() {
        List<PaymentOperation> due = operations.lockDueForReconciliation(clock.instant(), 1);
        if (due.isEmpty()) {
            return false;
        }
        PaymentOperation operation = due.getFirst();
        Payment payment = payments.findById(operation.paymentId()).orElseThrow();
        PaymentGateway gateway = gateways.get(payment.provider());
        if (!gateway.capabilities().statusQuery()) {
            withoutStatusQuery(operation, payment, gateway);
            return true;
        }
        GatewayStatusResult state;
        try {
            state = gateway.status(
                    new GatewayStatusRequest(payment.toState(), settings.settingsFor(payment.provider())));
        } catch (ProviderUnavailable | IllegalStateException unreachable) {
            later(operation, payment, "status query failed: " + unreachable.getMessage());
            return true;
        }
        decide(operation, payment, state);
        return true;
    }

    /**
     * A provider without a status API (DSK) cannot be asked. A cancel is sent again, because the
     * provider answers an already cancelled order as cancelled (DSK, PROPOSED: {@code result=0}); what
     * cannot be re-sent safely is left to the operator at once, with where to look.
     */
    private void withoutStatusQuery(PaymentOperation operation, Payment payment, PaymentGateway gateway) {
        String provider = payment.provider().displayName();
        if (operation.kind() != OperationKind.CANCEL) {
            operation.giveUp(provider + " has no status query", clock.instant());
            changes.flag(payment, "outcome of " + operation.kind() + " " + PaymentRules.yen(operation.amount())
                    + " is unknown and " + provider + " has no status query: look the order up in " + provider
                    + "'s own management screen, then record what happened", AttentionCause.UNKNOWN_OUTCOME,
                    expected(operation.kind()));
            return;
        }
        GatewayResult again;
        try {
            again = gateway.cancel(new GatewayOperationRequest(payment.toState(), operation.id(), operation.amount(),
                    settings.settingsFor(payment.provider())));
        } catch (ProviderUnavailable unreachable) {
            later(operation, payment, "cancel could not be sent again: " + unreachable.getMessage());
            return;
        }
        switch (again.outcome()) {
            case SUCCEEDED -> {
                results.resolved(operation.id(), again, "confirmed by sending the cancel again (" + provider
                        + " answers an already cancelled order as cancelled)");
                confirmedReissueCancels.note(operation, PaymentStatus.CANCELLED);
            }
            case UNKNOWN, PENDING -> later(operation, payment, "the repeated cancel was not answered either");
            default -> {
                results.resolved(operation.id(), again, provider + " refused the repeated cancel ("
                        + again.errorMessage() + "): the payment was not cancelled");
                if (operation.correlationId() != null) {
                    // A re-issue's cancel refused for good: no new attempt, and the hold's earlier
                    // "unknown" reason gives way to what the operator now has to settle.
                    changes.holdShipment(payment, "the re-issue's cancel was refused by " + provider
                            + " when sent again (" + again.errorMessage() + "): the payment was not cancelled and no"
                            + " new payment was registered; it stays at " + PaymentRules.yen(payment.amount())
                            + " and the order is not ready to ship until they agree");
                }
            }
        }
    }

    private void decide(PaymentOperation operation, Payment payment, GatewayStatusResult state) {
        OperationKind kind = operation.kind();
        boolean start = OperationResults.isStart(kind);
        if (!state.known()) {
            if (start) {
                results.resolved(operation.id(), GatewayResult.failed(kind, null, "unknown to the provider"),
                        "the provider does not know the payment: the call never took effect");
            } else {
                later(operation, payment, "the provider does not know the payment");
            }
            return;
        }
        PaymentStatus reported = state.status();
        // A shipment report bills the payment: CAPTURED at the provider shows it arrived, even when an
        // earlier slip of the same payment had already captured it here.
        boolean done = kind == OperationKind.CHANGE_AMOUNT
                ? state.amount() != null && state.amount() == operation.amount()
                : kind == OperationKind.SHIPMENT_REPORT ? reported == PaymentStatus.CAPTURED
                : reported != null && reported != payment.status() && expected(kind).contains(reported);
        boolean notDone = kind == OperationKind.CHANGE_AMOUNT
                ? state.amount() != null && state.amount() == payment.amount()
                : reported != null && reported == payment.status();
        if (done) {
            confirmedReissueCancels.note(operation, reported);
            OperationKind performed = state.lastOperationKind() != null ? state.lastOperationKind() : kind;
            results.resolved(operation.id(), new GatewayResult(GatewayOutcome.SUCCEEDED, performed,
                    kind == OperationKind.CHANGE_AMOUNT ? null : reported, state.providerStatus(), state.references(),
                    NextAction.NONE, null, null, null), "confirmed by status query: " + describe(state));
        } else if (notDone) {
            results.resolved(operation.id(), GatewayResult.failed(kind, null, "not performed"),
                    "status query shows the payment unchanged (" + describe(state) + "): the call did not take effect");
        } else {
            later(operation, payment, "status query cannot tell: " + describe(state));
        }
    }

    private void later(PaymentOperation operation, Payment payment, String why) {
        if (operation.checkAttempts() + 1 >= BACKOFF.size()) {
            operation.giveUp(why, clock.instant());
            changes.flag(payment, "outcome of " + operation.kind() + " " + PaymentRules.yen(operation.amount())
                    + " is unknown; the provider could not confirm it (" + why + ")", AttentionCause.UNKNOWN_OUTCOME,
                    expected(operation.kind()));
            log.warn("Gave up reconciling operation {} of payment {}: {}", operation.id(), payment.id(), why);
        } else {
            operation.checkAgainLater(why, clock.instant());
        }
    }

    private static Set<PaymentStatus> expected(OperationKind kind) {
        return switch (kind) {
            case AUTHORIZE, AUTHORIZE_AND_CAPTURE, COMPLETE_AUTHENTICATION ->
                    EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED, PaymentStatus.UNDER_REVIEW,
                            PaymentStatus.PAID);
            case CAPTURE -> EnumSet.of(PaymentStatus.CAPTURED);
            case CANCEL, VOID, RETURN, CROSS_MONTH_RETURN -> EnumSet.of(PaymentStatus.CANCELLED, PaymentStatus.REFUNDED);
            case REFUND -> EnumSet.of(PaymentStatus.REFUNDED, PaymentStatus.PARTIALLY_REFUNDED);
            case SHIPMENT_REPORT -> EnumSet.of(PaymentStatus.CAPTURED);
            case SHIPMENT_WITHDRAWAL -> EnumSet.of(PaymentStatus.AUTHORIZED);
            case REVIEW_STEP -> EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.FAILED);
            default -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    private static String describe(GatewayStatusResult state) {
        return "status " + state.status() + (state.providerStatus() == null ? "" : " / " + state.providerStatus())
                + (state.amount() == null ? "" : ", amount " + PaymentRules.yen(state.amount()));
    }
}
