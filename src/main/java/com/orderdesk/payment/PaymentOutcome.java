package com.orderdesk.payment;

import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The result of an operator's payment command that the provider did not refuse: what is known
 * ({@link GatewayOutcome#UNKNOWN} means reconciliation will find out) and the payment now. For an
 * amount change, {@code plan} is the provider's plan (the whole answer of a dry run).
 */
public record PaymentOutcome(GatewayOutcome outcome, boolean executed, @Nullable AmountChangePlan plan,
        PaymentDetails payment) {
}
