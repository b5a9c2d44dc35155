package com.orderdesk.payment.gateway;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Start a payment.
 *
 * @param paymentId OrderDesk's payment attempt id
 * @param operationId id of this operation in the operations log (providers that de-duplicate use it)
 * @param orderNumber the order's human number
 * @param providerOrderId the id sent to the provider as the shop's order id (unique per attempt)
 * @param amount tax-inclusive yen
 * @param captureImmediately capture together with the authorization (shop option), where possible
 * @param customer the shopper
 * @param invoice the order as an invoice (lines with tax, fees, points, totals per rate, recipient,
 *        dates), for providers that bill the shopper or check credit
 * @param instrument how the shopper pays: a one-time token, a stored card, or provider extras;
 *        values are secrets and must never be logged
 * @param returnUrl where the provider sends the shopper back after a redirect, if any
 * @param settings the shop's provider settings (decrypted credentials and options)
 * @param earlierSendUnanswered the operations log shows an earlier start of this very attempt (same
 *        {@code providerOrderId}) that was sent and never answered (outcome unknown): a provider's
 *        "order id already registered" is then most likely that send, and otherwise someone else's
 */
public record GatewayAuthorizeRequest(
        UUID paymentId,
        UUID operationId,
        String orderNumber,
        String providerOrderId,
        long amount,
        boolean captureImmediately,
        GatewayCustomer customer,
        GatewayInvoice invoice,
        Map<String, String> instrument,
        @Nullable String returnUrl,
        ProviderSettings settings,
        boolean earlierSendUnanswered) {

    public GatewayAuthorizeRequest {
        instrument = Map.copyOf(instrument);
    }

    /** A first start: no earlier send of this attempt is known. */
    public GatewayAuthorizeRequest(UUID paymentId, UUID operationId, String orderNumber, String providerOrderId,
            long amount, boolean captureImmediately, GatewayCustomer customer, GatewayInvoice invoice,
            Map<String, String> instrument, @Nullable String returnUrl, ProviderSettings settings) {
        this(paymentId, operationId, orderNumber, providerOrderId, amount, captureImmediately, customer, invoice,
                instrument, returnUrl, settings, false);
    }

    /** The invoice's lines. */
    public List<GatewayLine> lines() {
        return invoice.lines();
    }
}
