package com.orderdesk.payment.internal;

import java.util.Optional;
import java.util.UUID;

import com.orderdesk.payment.PaymentInstruction;
import com.orderdesk.payment.PaymentInstructions;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.NextAction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@link PaymentInstructions} from the current attempt and the payment-method catalog. A
 * PENDING attempt counts as still starting while a provider call is open, or while no start was
 * accepted yet although the method needs nothing from the shopper (its start is on its way, or will
 * be retried after the provider was unreachable).
 */
@Component
class PaymentInstructionQuery implements PaymentInstructions {

    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentMethodCatalog methods;
    private final PaymentStarts starts;

    PaymentInstructionQuery(PaymentRepository payments, PaymentOperationRepository operations,
            PaymentMethodCatalog methods, PaymentStarts starts) {
        this.payments = payments;
        this.operations = operations;
        this.methods = methods;
        this.starts = starts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaymentInstruction> forOrder(UUID orderId, @Nullable String paymentMethodCode) {
        Optional<Payment> current = payments.findFirstByOrderIdOrderByAttemptDesc(orderId);
        if (current.isPresent()) {
            return Optional.of(instruction(current.get()));
        }
        if (paymentMethodCode == null) {
            return Optional.empty();
        }
        Optional<PaymentMethodDefinition> method = methods.find(paymentMethodCode);
        return Optional.of(new PaymentInstruction(paymentMethodCode,
                method.map(PaymentMethodDefinition::name).orElse(paymentMethodCode),
                method.map(PaymentMethodDefinition::provider).orElse(null),
                method.map(PaymentMethodDefinition::emailTitle).orElse(null),
                method.map(PaymentMethodDefinition::emailText).orElse(null),
                null, null, null, 0, true));
    }

    private PaymentInstruction instruction(Payment payment) {
        Optional<PaymentMethodDefinition> method = methods.find(payment.paymentMethodCode());
        NextAction next = payment.nextAction();
        boolean page = next.type() == NextAction.Type.PAYMENT_PAGE || next.type() == NextAction.Type.REDIRECT;
        return new PaymentInstruction(payment.paymentMethodCode(),
                method.map(PaymentMethodDefinition::name).orElse(payment.paymentMethodCode()), payment.provider(),
                method.map(PaymentMethodDefinition::emailTitle).orElse(null),
                method.map(PaymentMethodDefinition::emailText).orElse(null),
                page ? next.url() : null, page ? next.expiresAt() : null, payment.status(),
                // Once the money arrived, what the shopper paid (another amount than billed: 金額不一致).
                PaymentRules.MONEY_RECEIVED.contains(payment.status()) ? payment.capturedAmount() : payment.amount(),
                starting(payment, next));
    }

    private boolean starting(Payment payment, NextAction next) {
        if (payment.status() != PaymentStatus.PENDING) {
            return false;
        }
        if (operations.existsUnresolved(payment.id())) {
            return true;
        }
        // Not started yet, or only starts that changed nothing (provider unreachable), which the event
        // retries: the page is still to come, unless the shopper must hand something over first.
        boolean accepted = operations.findByPaymentIdOrderByStartedAt(payment.id()).stream()
                .anyMatch(operation -> operation.outcome() == GatewayOutcome.SUCCEEDED
                        || operation.outcome() == GatewayOutcome.PENDING);
        return next.type() == NextAction.Type.NONE && !accepted && !starts.needsInstrument(payment);
    }
}
