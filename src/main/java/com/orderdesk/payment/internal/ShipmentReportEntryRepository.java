package com.orderdesk.payment.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The shipments reported per payment. */
interface ShipmentReportEntryRepository extends JpaRepository<ShipmentReportEntry, UUID> {

    Optional<ShipmentReportEntry> findByPaymentIdAndShipmentId(UUID paymentId, UUID shipmentId);

    List<ShipmentReportEntry> findByShipmentId(UUID shipmentId);

    Optional<ShipmentReportEntry> findByOperationId(UUID operationId);

    boolean existsByPaymentIdAndStatus(UUID paymentId, ShipmentReportEntry.Status status);
}
