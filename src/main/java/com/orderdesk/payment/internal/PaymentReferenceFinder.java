package com.orderdesk.payment.internal;

import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.OrderReferenceFinder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets the order list find orders by a provider's transaction id or the provider order id. */
@Component
class PaymentReferenceFinder implements OrderReferenceFinder {

    private final PaymentRepository payments;

    PaymentReferenceFinder(PaymentRepository payments) {
        this.payments = payments;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> orderIdsByReference(String reference) {
        return reference.isBlank() ? Set.of() : payments.findOrderIdsByReference(reference.strip());
    }
}
