package com.orderdesk.payment;

import java.util.List;

import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The result of an operator's payment command that the provider did not refuse: what is known
 * ({@link GatewayOutcome#UNKNOWN} means reconciliation will find out) and the payment now. For an
 * amount change, {@code plan} is the provider's plan (the whole answer of a dry run).
 * {@code warnings} are what the operator should know although the command went ahead (a refund past
 * the provider's advisory refund window); they are also written to the order history.
 */
public record PaymentOutcome(GatewayOutcome outcome, boolean executed, @Nullable AmountChangePlan plan,
        PaymentDetails payment, List<String> warnings) {

    public PaymentOutcome {
        warnings = List.copyOf(warnings);
    }

    public PaymentOutcome(GatewayOutcome outcome, boolean executed, @Nullable AmountChangePlan plan,
            PaymentDetails payment) {
        this(outcome, executed, plan, payment, List.of());
    }
}
