package com.orderdesk.integration.internal;

import java.util.UUID;

import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The provider's own status word of a payment attempt, which PaymentStatusChanged does not carry. */
@Component
class ProviderStatuses {

    private final PaymentManagement payments;

    ProviderStatuses(PaymentManagement payments) {
        this.payments = payments;
    }

    @Nullable String of(String orderNumber, UUID paymentId) {
        return payments.payments(orderNumber).stream().filter(payment -> payment.id().equals(paymentId))
                .findFirst().map(PaymentDetails::providerStatus).orElse(null);
    }
}
