package com.orderdesk.payment.gateway;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.shipping.Carrier;
import org.jspecify.annotations.Nullable;

/**
 * Extra flow of capture-on-shipment adapters (Kuroneko atobarai KAASL0010, kakebarai AN030/AN040):
 * the core reports each shipment of an authorized payment's order, and the provider starts billing.
 * A successful report whose result has status CAPTURED books the capture; PENDING means the
 * provider accepted the slip and bills later (a later status answer books it). A changed shipment
 * is reported again with {@link #changeShipment}, a deleted one withdrawn with
 * {@link #withdrawShipment}; where the provider cannot, {@link #amendmentRefusal} says so before the
 * operator's change is committed, so shipping refuses it with the reason.
 *
 * <p>Every method follows {@link PaymentGateway}'s contract (never throws provider errors, UNKNOWN
 * when the outcome is unknown: reconciliation then asks {@link PaymentGateway#status}, where a
 * reported shipment shows as CAPTURED and a withdrawn one as AUTHORIZED).
 */
public interface ShipmentReporting {

    /** Reports a shipment of the payment's order. */
    GatewayResult reportShipment(ShipmentReport report);

    /** Reports a changed slip (carrier, numbers, date) of a shipment reported earlier. */
    GatewayResult changeShipment(ShipmentReport report, ReportedShipment previous);

    /** Withdraws a shipment reported earlier (the shipment was registered by mistake). */
    GatewayResult withdrawShipment(ShipmentReport report);

    /**
     * Why a shipment reported for this payment cannot be changed or withdrawn now, from what the
     * adapter knows without calling the provider (e.g. the invoice was already issued); empty when
     * it can. Never null.
     */
    Optional<String> amendmentRefusal(GatewayPaymentState payment, Amendment amendment);

    /**
     * Whether a shipment registered without saying is reported. Providers whose shop systems report
     * only the shipments the operator ticks (kakebarai: 「出荷情報をクロネコ掛け払いに送信する」) answer
     * false, and the core then reports only shipments registered with the flag on.
     */
    default boolean reportsEveryShipment() {
        return true;
    }

    enum Amendment {
        CHANGE,
        WITHDRAW
    }

    /** A shipment as reported: carrier, tracking numbers (送り状番号) and shipped date. */
    record ReportedShipment(Carrier carrier, List<String> trackingNumbers, LocalDate shippedOn) {

        public ReportedShipment {
            trackingNumbers = List.copyOf(trackingNumbers);
        }
    }

    /**
     * Why the payment stays uncaptured when its order is marked shipped (発送済み) without any
     * shipment registered, e.g. by a bulk status change: the core says so per order. Never null.
     *
     * @param deliveryMethodCode the order's delivery method, null when it has none
     */
    default String uncapturedWithoutShipment(GatewayPaymentState payment, @Nullable String deliveryMethodCode,
            ProviderSettings settings) {
        return "the payment is captured by reporting a shipment: register the shipment with its tracking number";
    }

    /**
     * Why one slip may not cover this many orders (同梱) for this provider, before any shipment is
     * registered; empty when it may. Never null. Default: no limit of the provider's.
     *
     * @param ordersOnSlip every order the slip would cover, this payment's included
     */
    default Optional<String> sharedSlipRefusal(GatewayPaymentState payment, int ordersOnSlip) {
        return Optional.empty();
    }

    /**
     * Whether marking the order shipped (発送済み) without any shipment registered is itself the
     * report, as for the atobarai manual's 他社配送 (「対応状況」を「発送済み」にすると売上確定): the core then
     * reports a shipment with carrier {@link com.orderdesk.shipping.Carrier#OTHER}, no tracking
     * number and today's date. False by default: a slip is needed.
     *
     * @param deliveryMethodCode the order's delivery method, null when it has none
     */
    default boolean reportsShippedStatus(GatewayPaymentState payment, @Nullable String deliveryMethodCode,
            ProviderSettings settings) {
        return false;
    }

    /**
     * One report call.
     *
     * @param payment the payment the report bills
     * @param operationId id of this call in the operations log
     * @param shipmentId OrderDesk's shipment id
     * @param shipment the slip as it is now (as it was, for a withdrawal)
     * @param orderNumbers every order the slip covers (atobarai: at most three per slip)
     * @param settings the shop's provider settings
     * @param orderFullyShipped whether every line of the order is shipped once this slip is (a
     *        provider that bills the whole order on its report can refuse a partial shipment)
     * @param deliveryMethodCode the order's delivery method (配送方法), null when it has none
     */
    record ShipmentReport(GatewayPaymentState payment, UUID operationId, UUID shipmentId, ReportedShipment shipment,
            List<String> orderNumbers, ProviderSettings settings, boolean orderFullyShipped,
            @Nullable String deliveryMethodCode) {

        public ShipmentReport {
            orderNumbers = List.copyOf(orderNumbers);
        }

        /** A report for an order without a delivery method. */
        public ShipmentReport(GatewayPaymentState payment, UUID operationId, UUID shipmentId, ReportedShipment shipment,
                List<String> orderNumbers, ProviderSettings settings, boolean orderFullyShipped) {
            this(payment, operationId, shipmentId, shipment, orderNumbers, settings, orderFullyShipped, null);
        }

        /** A report of a slip that completes the order (or whose completeness is not known). */
        public ShipmentReport(GatewayPaymentState payment, UUID operationId, UUID shipmentId, ReportedShipment shipment,
                List<String> orderNumbers, ProviderSettings settings) {
            this(payment, operationId, shipmentId, shipment, orderNumbers, settings, true, null);
        }
    }
}
