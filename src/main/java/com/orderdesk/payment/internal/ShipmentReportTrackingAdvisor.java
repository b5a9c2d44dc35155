package com.orderdesk.payment.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.shipping.TrackingChange;
import com.orderdesk.shipping.TrackingChangeAdvisor;
import org.springframework.stereotype.Component;

/**
 * Warns when a tracking number changes after a capture-on-shipment provider (Kuroneko atobarai,
 * kakebarai) already billed with a number OrderDesk did not report (captured before OrderDesk
 * reported shipments, or by hand): OrderDesk does not know that report, so the
 * provider keeps the old number until the operator changes it in the provider's own screen (the
 * Welcart atobarai manual's warning). Other providers never saw the number, so they need nothing.
 */
@Component
class ShipmentReportTrackingAdvisor implements TrackingChangeAdvisor {

    private static final Set<PaymentStatus> BILLED = EnumSet.of(PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED);

    private final PaymentRepository payments;
    private final ShipmentReportEntryRepository reports;
    private final PaymentGateways gateways;

    ShipmentReportTrackingAdvisor(PaymentRepository payments, ShipmentReportEntryRepository reports,
            PaymentGateways gateways) {
        this.payments = payments;
        this.reports = reports;
        this.gateways = gateways;
    }

    @Override
    public List<String> adviseOn(TrackingChange change) {
        if (change.trackingNumbers().equals(change.previousTrackingNumbers())) {
            return List.of();
        }
        return payments.findByOrderIdOrderByAttempt(change.orderId()).stream()
                .filter(payment -> BILLED.contains(payment.status()))
                .filter(payment -> reportsShipments(payment))
                // A shipment OrderDesk reported itself is reported again (ShipmentCaptures).
                .filter(payment -> !reports.existsByPaymentIdAndStatus(payment.id(), ShipmentReportEntry.Status.REPORTED))
                .map(payment -> payment.provider().displayName() + " already billed this order with tracking number(s) "
                        + String.join(", ", change.previousTrackingNumbers()) + "; OrderDesk does not update "
                        + payment.provider().displayName() + ", so change it to "
                        + String.join(", ", change.trackingNumbers()) + " in the provider's own admin screen too")
                .toList();
    }

    private boolean reportsShipments(Payment payment) {
        return gateways.all().stream()
                .filter(gateway -> gateway.providerCode().equals(payment.provider()))
                .map(PaymentGateway::capabilities)
                .anyMatch(capabilities -> capabilities.captureOnShipment());
    }
}
