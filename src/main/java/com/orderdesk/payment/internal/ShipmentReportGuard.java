package com.orderdesk.payment.internal;

import java.util.Optional;

import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ShipmentReporting;
import com.orderdesk.payment.gateway.ShipmentReporting.Amendment;
import com.orderdesk.shipping.ShipmentAmendment;
import com.orderdesk.shipping.ShipmentAmendmentGuard;
import org.springframework.stereotype.Component;

/**
 * Tells shipping, before it commits, whether a shipment OrderDesk reported to a capture-on-shipment
 * provider may change or disappear: not while another call on the payment is unresolved or an
 * operator must first confirm provider drift, not once the payment left AUTHORIZED/CAPTURED, and
 * not when the adapter knows its provider cannot follow. A shipment never reported (or refused by
 * the provider) is no concern of payment's.
 */
@Component
class ShipmentReportGuard implements ShipmentAmendmentGuard {

    private final ShipmentReportEntryRepository entries;
    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentGateways gateways;

    ShipmentReportGuard(ShipmentReportEntryRepository entries, PaymentRepository payments,
            PaymentOperationRepository operations, PaymentGateways gateways) {
        this.entries = entries;
        this.payments = payments;
        this.operations = operations;
        this.gateways = gateways;
    }

    @Override
    public Optional<String> refusal(ShipmentAmendment amendment) {
        return entries.findByShipmentId(amendment.shipmentId()).stream()
                .filter(entry -> entry.status() == ShipmentReportEntry.Status.REPORTED)
                .map(entry -> refusal(payments.findById(entry.paymentId()).orElseThrow(), amendment))
                .flatMap(Optional::stream).findFirst();
    }

    private Optional<String> refusal(Payment payment, ShipmentAmendment amendment) {
        String provider = payment.provider().displayName();
        Amendment kind = amendment.kind() == ShipmentAmendment.Kind.DELETE ? Amendment.WITHDRAW : Amendment.CHANGE;
        String doing = kind == Amendment.WITHDRAW ? "withdrawn at " : "reported again to ";
        if (operations.existsUnresolved(payment.id())) {
            return Optional.of("the shipment was reported to " + provider + " and must be " + doing + provider
                    + ", but " + PaymentActions.IN_FLIGHT);
        }
        if (payment.blockedByAttention()) {
            return Optional.of("the payment waits for an operator to confirm a change made at " + provider + ": "
                    + payment.attentionReason());
        }
        if (!ShipmentCaptures.REPORTABLE.contains(payment.status())) {
            return Optional.of(provider + " already holds this shipment and the payment is " + payment.status()
                    + ", so it can no longer be " + doing.strip().replace(" to", "").replace(" at", ""));
        }
        return gateways.feature(payment.provider(), ShipmentReporting.class)
                .flatMap(reporting -> reporting.amendmentRefusal(payment.toState(), kind))
                .map(reason -> provider + " cannot follow: " + reason);
    }
}
