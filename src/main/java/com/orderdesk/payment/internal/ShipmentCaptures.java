package com.orderdesk.payment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.OrderStatusChanged;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.ShipmentReporting;
import com.orderdesk.payment.gateway.ShipmentReporting.ReportedShipment;
import com.orderdesk.payment.gateway.ShipmentReporting.ShipmentReport;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.ShipmentChanged;
import com.orderdesk.shipping.ShipmentDeleted;
import com.orderdesk.shipping.ShipmentRegistered;
import com.orderdesk.shipping.ShippingManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Shipment-driven capture: shipping's events drive the reports to capture-on-shipment providers. A
 * registered shipment is reported (the provider bills, the capture is booked), a changed one
 * reported again, a deleted one withdrawn, each as a logged provider call. Whether a change or a
 * deletion may happen at all was asked synchronously before shipping committed it
 * ({@link ShipmentReportGuard}); a provider that refuses anyway leaves the payment flagged with its
 * reason. Idempotent: a redelivered event finds its report already made.
 *
 * <p>Runs without a surrounding transaction, like every listener that calls a provider.
 */
@Component
class ShipmentCaptures {

    /** The payment states a shipment is reported in: authorized, or billed already by an earlier slip. */
    static final Set<PaymentStatus> REPORTABLE = EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED);

    private final PaymentRepository payments;
    private final ShipmentReportEntryRepository entries;
    private final ShipmentReportLog reportLog;
    private final ProviderCalls calls;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;
    private final LocalPaymentChanges local;
    private final OrderManagement orders;
    private final ShippingManagement shipping;
    private final Clock clock;

    ShipmentCaptures(PaymentRepository payments, ShipmentReportEntryRepository entries, ShipmentReportLog reportLog,
            ProviderCalls calls, PaymentGateways gateways, ProviderSettingsLookup settings, LocalPaymentChanges local,
            OrderManagement orders, ShippingManagement shipping, Clock clock) {
        this.shipping = shipping;
        this.clock = clock;
        this.orders = orders;
        this.payments = payments;
        this.entries = entries;
        this.reportLog = reportLog;
        this.calls = calls;
        this.gateways = gateways;
        this.settings = settings;
        this.local = local;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ShipmentRegistered registered) {
        ReportedShipment shipment = new ReportedShipment(registered.carrier(), registered.trackingNumbers(),
                registered.shippedOn());
        reportingPayment(registered.orderId())
                .filter(payment -> wanted(payment, registered.reportToPaymentProvider()))
                .ifPresent(payment -> {
                    if (entries.findByPaymentIdAndShipmentId(payment.id(), registered.shipmentId()).isEmpty()) {
                        report(payment, registered.shipmentId(), shipment, null, registered.orderFullyShipped(),
                                registered.ordersOnSlip());
                    }
                });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ShipmentChanged changed) {
        ReportedShipment shipment = new ReportedShipment(changed.carrier(), changed.trackingNumbers(),
                changed.shippedOn());
        reportingPayment(changed.orderId())
                .filter(payment -> wanted(payment, changed.reportToPaymentProvider()))
                .ifPresent(payment -> {
                    Optional<ShipmentReportEntry> entry = entries.findByPaymentIdAndShipmentId(payment.id(),
                            changed.shipmentId());
                    if (entry.isPresent() && entry.get().shipment().equals(shipment)) {
                        return;
                    }
                    // Reported and held by the provider: report the change; refused or never sent: report it now.
                    ReportedShipment previous = entry
                            .filter(found -> found.status() == ShipmentReportEntry.Status.REPORTED)
                            .map(ShipmentReportEntry::shipment).orElse(null);
                    report(payment, changed.shipmentId(), shipment, previous, true, List.of(payment.orderNumber()));
                });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ShipmentDeleted deleted) {
        for (ShipmentReportEntry entry : entries.findByShipmentId(deleted.shipmentId())) {
            if (entry.status() != ShipmentReportEntry.Status.REPORTED) {
                continue;
            }
            Payment payment = payments.findById(entry.paymentId()).orElseThrow();
            gateways.feature(payment.provider(), ShipmentReporting.class).ifPresent(reporting -> {
                try {
                    calls.call(payment, OperationKind.SHIPMENT_WITHDRAWAL, payment.amount(), operationId -> {
                        reportLog.withdrawing(payment.id(), deleted.shipmentId(), operationId);
                        return reporting.withdrawShipment(request(payment, operationId, deleted.shipmentId(),
                                entry.shipment(), true, List.of(payment.orderNumber())));
                    });
                } catch (PaymentActionNotAllowed inFlight) {
                    local.flag(payment.id(), "shipment " + ShipmentReportResults.describe(entry.shipment())
                            + " was deleted but could not be withdrawn at the provider: " + inFlight.getMessage());
                }
            });
        }
    }

    /**
     * An order marked shipped (発送済み, alone or in bulk) without any shipment registered is reported
     * when the adapter says the status is the report (atobarai 他社配送, processDiv=2): a shipment of
     * carrier OTHER, no tracking number, shipped today. It is logged under a shipment id derived from
     * the order, so a redelivered event, or the order moving to SHIPPED again, reports nothing twice.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderStatusChanged changed) {
        if (changed.to() != OrderStatus.SHIPPED || !shipping.shipmentsOf(changed.orderId()).isEmpty()) {
            return;
        }
        UUID shipmentId = statusShipmentId(changed.orderId());
        reportingPayment(changed.orderId())
                .filter(payment -> entries.findByPaymentIdAndShipmentId(payment.id(), shipmentId).isEmpty())
                .filter(payment -> payment.status() == PaymentStatus.AUTHORIZED)
                .filter(payment -> gateways.feature(payment.provider(), ShipmentReporting.class).orElseThrow()
                        .reportsShippedStatus(payment.toState(), orders.find(payment.orderNumber()).deliveryMethodCode(),
                                settings.settingsFor(payment.provider())))
                .ifPresent(payment -> report(payment, shipmentId,
                        new ReportedShipment(Carrier.OTHER, List.of(), ShopTime.dateOf(clock.instant())), null, true,
                        List.of(payment.orderNumber())));
    }

    /** The id a shipment reported by the order's status alone is logged under: one per order. */
    static UUID statusShipmentId(UUID orderId) {
        return UUID.nameUUIDFromBytes(("shipped-status:" + orderId).getBytes(StandardCharsets.UTF_8));
    }

    /** The order's current payment when its provider captures by shipment report. */
    private Optional<Payment> reportingPayment(UUID orderId) {
        return payments.findFirstByOrderIdOrderByAttemptDesc(orderId)
                .filter(payment -> gateways.feature(payment.provider(), ShipmentReporting.class).isPresent()
                        && gateways.get(payment.provider()).capabilities().captureOnShipment());
    }

    /**
     * Whether the operator's choice (「出荷情報を…に送信する」, null when not given) or else the
     * provider's default asks for this shipment to be reported.
     */
    private boolean wanted(Payment payment, @Nullable Boolean choice) {
        return choice != null ? choice
                : gateways.feature(payment.provider(), ShipmentReporting.class).map(ShipmentReporting::reportsEveryShipment)
                        .orElse(false);
    }

    /** @param ordersOnSlip every order the slip covers (同梱), the payment's own first */
    private void report(Payment payment, UUID shipmentId, ReportedShipment shipment,
            @Nullable ReportedShipment previous, boolean orderFullyShipped, List<String> ordersOnSlip) {
        String slip = ShipmentReportResults.describe(shipment);
        if (!REPORTABLE.contains(payment.status())) {
            local.flag(payment.id(), "shipment " + slip + " was not reported to " + payment.provider().displayName()
                    + ": the payment is " + payment.status() + ", not " + REPORTABLE);
            return;
        }
        if (payment.blockedByAttention()) {
            local.flag(payment.id(), "shipment " + slip + " was not reported: " + payment.attentionReason());
            return;
        }
        ShipmentReporting reporting = gateways.feature(payment.provider(), ShipmentReporting.class).orElseThrow();
        try {
            calls.call(payment, OperationKind.SHIPMENT_REPORT, payment.amount(), operationId -> {
                reportLog.sending(payment.id(), shipmentId, shipment, operationId);
                ShipmentReport request = request(payment, operationId, shipmentId, shipment, orderFullyShipped,
                        ordersOnSlip);
                return previous == null ? reporting.reportShipment(request)
                        : reporting.changeShipment(request, previous);
            });
        } catch (PaymentActionNotAllowed inFlight) {
            local.flag(payment.id(), "shipment " + slip + " was not reported: " + inFlight.getMessage());
        }
    }

    private ShipmentReport request(Payment payment, UUID operationId, UUID shipmentId, ReportedShipment shipment,
            boolean orderFullyShipped, List<String> ordersOnSlip) {
        // The order's delivery method as it is now: the operator may have changed it since the payment started.
        return new ShipmentReport(payment.toState(), operationId, shipmentId, shipment,
                ordersOnSlip, settings.settingsFor(payment.provider()), orderFullyShipped,
                orders.find(payment.orderNumber()).deliveryMethodCode());
    }
}
