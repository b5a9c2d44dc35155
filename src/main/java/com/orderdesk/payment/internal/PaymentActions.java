package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayCapabilities.RefundWindow;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Money movements on an existing payment, for operators, order events and jobs alike: checked
 * against the state machine and the provider's capabilities, then made as logged provider calls.
 * Provider refusals come back as results, not exceptions; callers decide what a refusal means.
 */
@Component
class PaymentActions {

    static final String IN_FLIGHT = "an earlier provider call on this payment is still unresolved; "
            + "wait for reconciliation";

    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentGateways gateways;
    private final ProviderCalls calls;
    private final PaymentStarts starts;
    private final LocalPaymentChanges local;
    private final Clock clock;

    PaymentActions(PaymentRepository payments, PaymentOperationRepository operations, PaymentGateways gateways,
            ProviderCalls calls, PaymentStarts starts, LocalPaymentChanges local, Clock clock) {
        this.payments = payments;
        this.operations = operations;
        this.gateways = gateways;
        this.calls = calls;
        this.starts = starts;
        this.local = local;
        this.clock = clock;
    }

    ProviderCalls.Call capture(Payment payment, @Nullable Long amount) {
        check(PaymentAction.CAPTURE, payment, amount);
        return calls.operate(payment, OperationKind.CAPTURE, amount == null ? payment.amount() : amount,
                gateway -> gateway::capture, null, current -> check(PaymentAction.CAPTURE, current, amount));
    }

    ProviderCalls.Call cancel(Payment payment) {
        check(PaymentAction.CANCEL, payment, null);
        return calls.operate(payment, OperationKind.CANCEL, payment.amount(), gateway -> gateway::cancel, null,
                current -> check(PaymentAction.CANCEL, current, null));
    }

    ProviderCalls.Call refund(Payment payment, @Nullable Long amount) {
        check(PaymentAction.REFUND, payment, amount);
        return calls.operate(payment, OperationKind.REFUND, amount == null ? payment.refundableAmount() : amount,
                gateway -> gateway::refund, null, current -> check(PaymentAction.REFUND, current, amount));
    }

    /** The provider's plan for the new amount; a plan its capabilities forbid comes back NOT_POSSIBLE. */
    AmountChangePlan plan(Payment payment, long newAmount) {
        check(PaymentAction.CHANGE_AMOUNT, payment, newAmount);
        PaymentGateway gateway = gateways.get(payment.provider());
        AmountChangePlan plan = gateway.planAmountChange(payment.toState(), newAmount);
        return PaymentRules.planRefusal(plan, payment, gateway.capabilities(), newAmount)
                .map(AmountChangePlan::notPossible).orElse(plan);
    }

    /** The steps an amount change took, and the last answer (the one that stopped it, if any). */
    record Execution(AmountChangePlan plan, List<ProviderCalls.Call> calls, @Nullable Payment reissued) {

        @Nullable GatewayResult stoppedBy() {
            return calls.stream().map(ProviderCalls.Call::result)
                    .filter(result -> result.outcome() != GatewayOutcome.SUCCEEDED
                            && result.outcome() != GatewayOutcome.PENDING)
                    .findFirst().orElse(null);
        }
    }

    /**
     * Carries out the provider's plan step by step, stopping at the first step that does not
     * succeed. NOT_POSSIBLE is refused (callers flag the payment).
     */
    Execution changeAmount(Payment payment, long newAmount, AmountChangePlan plan) {
        List<ProviderCalls.Call> done = new ArrayList<>();
        if (neverSent(payment) && plan.strategy() != AmountChangePlan.Strategy.NOT_POSSIBLE) {
            local.repriced(payment.id(), newAmount);
            return new Execution(plan, done, null);
        }
        switch (plan.strategy()) {
            case UNCHANGED -> {
            }
            case NOT_POSSIBLE -> throw new PaymentActionNotAllowed(PaymentAction.CHANGE_AMOUNT,
                    "the provider cannot change this payment's amount: " + plan.reason());
            case CHANGE_IN_PLACE -> done.add(calls.operate(payment, OperationKind.CHANGE_AMOUNT, newAmount,
                    gateway -> gateway::changeAmount));
            case REFUND_DIFFERENCE -> {
                ProviderCalls.Call refund = calls.operate(payment, OperationKind.REFUND,
                        payment.amount() - newAmount, gateway -> gateway::refund);
                done.add(refund);
                if (refund.result().outcome() == GatewayOutcome.SUCCEEDED) {
                    local.repriced(payment.id(), newAmount);
                }
            }
            case CANCEL_AND_REISSUE -> {
                // One operator operation in two calls on two attempts: the log entries share an id.
                UUID reissue = UUID.randomUUID();
                ProviderCalls.Call cancel = calls.operate(payment, OperationKind.CANCEL, payment.amount(),
                        gateway -> gateway::cancel, reissue);
                done.add(cancel);
                if (cancel.result().outcome() == GatewayOutcome.SUCCEEDED) {
                    Payment reissued = starts.reissueAttempt(payment.orderId(), payment.orderNumber(),
                            payment.paymentMethodCode(), newAmount);
                    ProviderCalls.Call registration = starts.authorize(reissued, Map.of(), null, reissue);
                    done.add(registration);
                    local.reissued(payment, reissued, registration.result().outcome());
                    return new Execution(plan, done, reissued);
                }
            }
        }
        return new Execution(plan, done, null);
    }

    /** A PENDING attempt the provider has not heard of: it can change without a call. */
    boolean neverSent(Payment payment) {
        return payment.status() == PaymentStatus.PENDING
                && operations.findByPaymentIdOrderByStartedAt(payment.id()).isEmpty();
    }

    /**
     * The warning a refund gets when the provider's refund window is advisory and has passed (the
     * refund is still made); empty otherwise. A hard window refuses the refund in the rules instead.
     */
    Optional<String> advisoryRefundWarning(Payment payment) {
        RefundWindow window = gateways.get(payment.provider()).capabilities().refundWindow();
        if (window == null || window.hard()) {
            return Optional.empty();
        }
        return PaymentRules.refundWindowPassed(payment, window, clock.instant(), payment.provider().displayName())
                .map(reason -> reason + "; the refund is sent anyway, the provider may refuse it");
    }

    /** Why a capture would be refused now, for dry runs; empty when it would be attempted. */
    java.util.Optional<String> captureRefusal(Payment payment) {
        try {
            check(PaymentAction.CAPTURE, payment, null);
            return Optional.empty();
        } catch (PaymentActionNotAllowed refused) {
            return Optional.of(refused.getMessage());
        }
    }

    private void check(PaymentAction action, Payment payment, @Nullable Long amount) {
        if (operations.existsUnresolved(payment.id())) {
            throw new PaymentActionNotAllowed(action, IN_FLIGHT);
        }
        PaymentGateway gateway = gateways.get(payment.provider());
        PaymentRules.refusal(action, payment, gateway.capabilities(), clock.instant(), amount).ifPresent(reason -> {
            throw new PaymentActionNotAllowed(action, reason);
        });
    }

    Payment reload(Payment payment) {
        return payments.findById(payment.id()).orElseThrow();
    }
}
