package com.orderdesk.payment.internal;

import java.time.Clock;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ShipmentReporting.ReportedShipment;
import org.springframework.stereotype.Component;

/**
 * Applies a provider's answer to a shipment report or withdrawal, inside {@link OperationResults}'
 * transaction: a report the provider bills on books the capture; a refused one flags the payment
 * with the provider's reason; a withdrawal takes the capture back when no other reported shipment
 * of the payment is left.
 */
@Component
class ShipmentReportResults {

    private final ShipmentReportEntryRepository entries;
    private final PaymentChanges changes;
    private final Clock clock;

    ShipmentReportResults(ShipmentReportEntryRepository entries, PaymentChanges changes, Clock clock) {
        this.entries = entries;
        this.changes = changes;
        this.clock = clock;
    }

    static boolean handles(OperationKind kind) {
        return kind == OperationKind.SHIPMENT_REPORT || kind == OperationKind.SHIPMENT_WITHDRAWAL;
    }

    void apply(Payment payment, PaymentOperation operation, GatewayResult result) {
        if (result.outcome() == GatewayOutcome.UNKNOWN) {
            return;
        }
        ShipmentReportEntry entry = entries.findByOperationId(operation.id()).orElse(null);
        String slip = entry == null ? "" : describe(entry.shipment());
        String provider = payment.provider().displayName();
        boolean refused = result.outcome() == GatewayOutcome.DECLINED || result.outcome() == GatewayOutcome.FAILED;
        String why = (result.errorCode() == null ? "" : result.errorCode() + " ")
                + (result.errorMessage() == null ? "" : result.errorMessage());
        if (operation.kind() == OperationKind.SHIPMENT_REPORT) {
            if (refused) {
                if (entry != null) {
                    entry.refused(why.strip(), clock.instant());
                }
                changes.flag(payment, provider + " refused the shipment report " + slip + ": " + why.strip()
                        + "; correct the shipment so that it is reported again");
                return;
            }
            payment.providerSaid(result.providerStatus(), result.references());
            if (result.status() == PaymentStatus.CAPTURED && payment.status() == PaymentStatus.AUTHORIZED) {
                changes.apply(payment, PaymentFact.captured(null, operation.id(), PaymentStatus.CAPTURED));
            } else if (result.status() != null && result.status() != payment.status()) {
                changes.follow(payment, result.status(), provider);
            }
            return;
        }
        if (refused) {
            changes.flag(payment, provider + " refused to withdraw the shipment report " + slip + ": " + why.strip()
                    + "; the provider still bills it, withdraw it in the provider's own screen");
            return;
        }
        if (entry != null) {
            entry.withdrawn(clock.instant());
        }
        payment.providerSaid(result.providerStatus(), result.references());
        if (payment.status() == PaymentStatus.CAPTURED
                && !entries.existsByPaymentIdAndStatus(payment.id(), ShipmentReportEntry.Status.REPORTED)) {
            changes.captureWithdrawn(payment, operation.id());
        }
    }

    static String describe(ReportedShipment shipment) {
        return shipment.carrier() + " " + String.join(", ", shipment.trackingNumbers()) + " (shipped "
                + shipment.shippedOn() + ")";
    }
}
