package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.UUID;

import com.orderdesk.payment.gateway.ShipmentReporting.ReportedShipment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what is about to be told to the provider about a shipment, committed before the call (as
 * the operations log is), so that the call's answer, now or after reconciliation, finds its entry.
 */
@Component
class ShipmentReportLog {

    private final ShipmentReportEntryRepository entries;
    private final Clock clock;

    ShipmentReportLog(ShipmentReportEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sending(UUID paymentId, UUID shipmentId, ReportedShipment shipment, UUID operationId) {
        entries.findByPaymentIdAndShipmentId(paymentId, shipmentId).ifPresentOrElse(
                entry -> entry.sent(shipment, operationId, clock.instant()),
                () -> entries.save(new ShipmentReportEntry(paymentId, shipmentId, shipment, operationId, clock.instant())));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void withdrawing(UUID paymentId, UUID shipmentId, UUID operationId) {
        entries.findByPaymentIdAndShipmentId(paymentId, shipmentId)
                .ifPresent(entry -> entry.withdrawing(operationId, clock.instant()));
    }
}
