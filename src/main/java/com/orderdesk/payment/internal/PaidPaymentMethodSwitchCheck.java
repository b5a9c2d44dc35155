package com.orderdesk.payment.internal;

import java.util.List;
import java.util.Objects;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderCheck;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;
import org.springframework.stereotype.Component;

/**
 * Refuses to switch an order's payment method away from a payment the shopper has already paid
 * and whose provider cannot give the money back (DSK): the method-change listener could only flag
 * it, and the order would silently carry two payments. Once the operator has recorded the refund
 * ({@code mark-payment-cancelled}) the payment is CANCELLED and the switch passes.
 */
@Component
class PaidPaymentMethodSwitchCheck implements OrderCheck {

    private final PaymentRepository payments;
    private final PaymentGateways gateways;

    PaidPaymentMethodSwitchCheck(PaymentRepository payments, PaymentGateways gateways) {
        this.payments = payments;
        this.gateways = gateways;
    }

    @Override
    public void verify(Order order, boolean placing) {
        if (placing) {
            return;
        }
        payments.findFirstByOrderIdOrderByAttemptDesc(order.id())
                .filter(payment -> !Objects.equals(payment.paymentMethodCode(), order.paymentMethodCode()))
                .filter(payment -> PaymentRules.MONEY_RECEIVED.contains(payment.status()))
                .filter(payment -> !gateways.get(payment.provider()).capabilities().refunds())
                .ifPresent(payment -> {
                    String reason = "the " + payment.paymentMethodCode() + " payment is " + payment.status()
                            + " and must be recorded as cancelled first. " + PaymentRules.manualCancellation(payment);
                    throw new UnprocessableRequest("payment-method-switch-refused",
                            "The payment method cannot be switched: " + reason,
                            List.of(new FieldError("paymentMethodCode", reason)));
                });
    }
}
