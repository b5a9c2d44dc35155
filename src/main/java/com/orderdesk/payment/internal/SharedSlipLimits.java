package com.orderdesk.payment.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ShipmentReporting;
import com.orderdesk.shipping.SharedSlip;
import com.orderdesk.shipping.SharedSlipGuard;
import org.springframework.stereotype.Component;

/**
 * Tells shipping, before a slip is shared by one more order (同梱), whether the providers of the
 * orders' current payments allow that many orders on one slip, in each adapter's words
 * ({@link ShipmentReporting#sharedSlipRefusal}): atobarai's three per slip is refused here, before
 * the shipment exists, rather than as a failed report afterwards.
 */
@Component
class SharedSlipLimits implements SharedSlipGuard {

    private final PaymentRepository payments;
    private final PaymentGateways gateways;

    SharedSlipLimits(PaymentRepository payments, PaymentGateways gateways) {
        this.payments = payments;
        this.gateways = gateways;
    }

    @Override
    public Optional<String> refusal(SharedSlip slip) {
        Map<String, Payment> current = new HashMap<>();
        for (Payment payment : payments.findByOrderNumberIn(slip.orderNumbers())) {
            current.merge(payment.orderNumber(), payment, (a, b) -> a.attempt() >= b.attempt() ? a : b);
        }
        return slip.orderNumbers().stream().map(current::get).filter(payment -> payment != null)
                .map(payment -> gateways.feature(payment.provider(), ShipmentReporting.class)
                        .flatMap(reporting -> reporting.sharedSlipRefusal(payment.toState(), slip.orderNumbers().size()))
                        .map(reason -> "order " + payment.orderNumber() + "'s " + payment.provider().displayName()
                                + " payment: " + reason))
                .flatMap(Optional::stream).findFirst();
    }
}
