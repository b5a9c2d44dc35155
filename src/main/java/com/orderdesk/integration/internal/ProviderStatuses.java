package com.orderdesk.integration.internal;

import java.util.UUID;

import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The provider's own status word of a payment attempt, which PaymentStatusChanged does not carry. */
@Component
class ProviderStatuses {

    private final PaymentManagement payments;

    ProviderStatuses(PaymentManagement payments) {
        this.payments = payments;
    }

    /** One statement: the attempts' summaries, not their details (this runs after every payment change). */
    @Nullable String of(UUID orderId, UUID paymentId) {
        return payments.summaries(orderId).stream().filter(payment -> payment.id().equals(paymentId))
                .findFirst().map(PaymentSummary::providerStatus).orElse(null);
    }
}
