package com.orderdesk.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order as its integrator reads it back ({@code GET /api/store/orders/{number}}), syncs it and
 * receives it inside every integration event: status, money, lines, the current payment with the
 * provider's own status word and the shopper's next action, and the shipments with tracking URLs.
 * Plain values only (no internal types), so the JSON is a stable, documented contract.
 *
 * @param payment the current payment attempt, null while the order has none
 */
public record StoreOrder(String number, String status, Instant placedAt, Instant updatedAt, @Nullable UUID customerId,
        @Nullable String paymentMethodCode, @Nullable String deliveryMethodCode, Totals totals, List<Line> lines,
        @Nullable Payment payment, List<Shipment> shipments) {

    public StoreOrder {
        lines = List.copyOf(lines);
        shipments = List.copyOf(shipments);
    }

    /** Tax-inclusive yen; the 10% and 8% bases and taxes are kept apart as on the invoice. */
    public record Totals(long subtotal, long shippingFee, long paymentFee, long adjustment, long usedPoints,
            long total, long taxBase10, long tax10, long taxBase8, long tax8) {
    }

    /** {@code digital}: goods that do not ship (download or service goods). */
    public record Line(String productCode, String productName, long unitPrice, int quantity, String taxCategory,
            long amount, boolean digital) {
    }

    /**
     * @param status the unified status (PENDING, AUTHORIZED, CAPTURED, PAID, …)
     * @param providerStatus the provider's own status word, verbatim (GMO-PG {@code AUTH}, DSK's notice
     *        kind, …); null before the provider answered
     * @param nextAction what the shopper must do next ({@code NONE} when nothing)
     */
    public record Payment(int attempt, String methodCode, String provider, String status,
            @Nullable String providerStatus, long amount, long capturedAmount, long refundedAmount,
            NextAction nextAction) {
    }

    /** @param type NONE, REDIRECT, PAYMENT_PAGE, COLLECT_TOKEN, SMS_CHECK or AWAIT_REVIEW */
    public record NextAction(String type, @Nullable String url, Map<String, String> data, @Nullable Instant expiresAt) {

        public NextAction {
            data = data == null ? Map.of() : Map.copyOf(data);
        }
    }

    public record Shipment(UUID id, String carrier, LocalDate shippedOn, List<Parcel> parcels) {

        public Shipment {
            parcels = List.copyOf(parcels);
        }
    }

    /** @param trackingUrl the carrier's public tracking page for this number, null when not configured */
    public record Parcel(String trackingNumber, @Nullable String trackingUrl) {
    }
}
