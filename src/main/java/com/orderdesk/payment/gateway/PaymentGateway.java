package com.orderdesk.payment.gateway;

import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import org.jspecify.annotations.Nullable;

/**
 * The port to one payment provider, one method per money movement (Kill Bill's
 * {@code PaymentPluginApi} shape). Implementations are Spring beans, one per {@link ProviderCode},
 * found through {@link PaymentGateways}.
 *
 * <p>Contract for every money-moving method:
 * <ul>
 *   <li>It makes the provider call(s) for exactly one operation and never throws provider or I/O
 *       exceptions: the answer is a {@link GatewayResult} whose {@link GatewayOutcome} says what is
 *       known. A timeout, a connection reset after sending, or a 5xx on a non-idempotent call is
 *       {@link GatewayOutcome#UNKNOWN}, never FAILED: the core then reconciles with
 *       {@link #status(GatewayStatusRequest)}.</li>
 *   <li>It does not decide whether the operation is allowed; the core does that from the payment's
 *       state and {@link #capabilities()} before calling.</li>
 *   <li>Each call carries an {@code operationId}; adapters whose provider de-duplicates by an id
 *       derive that id from it, so a retried call is recognised.</li>
 *   <li>It may throw {@link ProviderUnavailable} when the provider cannot be reached before
 *       anything was sent (circuit open, connection refused): nothing happened, try later.</li>
 * </ul>
 * Provider-only flows (stored cards, 3-D Secure return, SMS check, buyer review, shipment report)
 * are small extra interfaces in this package that an adapter may also implement.
 */
public interface PaymentGateway {

    ProviderCode providerCode();

    /** What this provider can do; the admin API shows it and refuses what it cannot. Never null. */
    GatewayCapabilities capabilities();

    /**
     * The id attempt {@code attempt} of order {@code orderNumber} is sent to the provider as (the
     * shop's order id), within the provider's length and alphabet and unique per attempt. The core
     * stores it as the payment's provider order id and never derives it itself. Never null.
     */
    String providerOrderId(String orderNumber, int attempt);

    /**
     * The dummy credentials the provider's built-in simulator accepts, used whenever the shop runs
     * the provider in SANDBOX. Never real secrets; never null.
     */
    Map<String, String> sandboxCredentials();

    /**
     * Starts a payment: registers or authorizes it at the provider (and captures at once when the
     * request asks for it and the provider can). The result's {@link NextAction} says what the
     * shopper must do next (nothing, follow a redirect, pay at a store, answer an SMS).
     */
    GatewayResult authorize(GatewayAuthorizeRequest request);

    /** Captures (実売上) an authorized payment for the given amount. */
    GatewayResult capture(GatewayOperationRequest request);

    /**
     * Cancels the payment. The provider decides the kind (void, return, cross-month return, …); the
     * result reports it in {@link GatewayResult#operationKind()}.
     */
    GatewayResult cancel(GatewayOperationRequest request);

    /** Refunds the given amount of a captured payment (all or part, as capabilities allow). */
    GatewayResult refund(GatewayOperationRequest request);

    /** Changes the amount in place; called only when {@link #planAmountChange} chose that strategy. */
    GatewayResult changeAmount(GatewayOperationRequest request);

    /**
     * What the provider requires to move this payment to a new amount, without calling it (the
     * operator's dry run and the core's execution plan). Never null.
     */
    AmountChangePlan planAmountChange(GatewayPaymentState payment, long newAmount);

    /**
     * Asks the provider for the payment's current state (reconciliation, unsigned notifications).
     * Called only when {@link GatewayCapabilities#statusQuery()} says the provider has a status API.
     */
    GatewayStatusResult status(GatewayStatusRequest request);

    /**
     * Help for operators filling in the provider's settings, by option name (and
     * {@code connectsFrom} for the address OrderDesk calls from, where the provider needs it):
     * what the provider's own forms call the value and where it comes from. Never null.
     */
    default Map<String, String> settingsHelp() {
        return Map.of();
    }

    /**
     * The word the provider's operators' manual uses for a unified status (GMO 仮売上, DSK 金額不一致), or
     * null when it has none. The core shows it when it moved a payment itself (a paid amount that
     * differs from the billed one) and beside the unified status wherever the provider said nothing.
     */
    default @Nullable String statusWord(PaymentStatus status) {
        return null;
    }

    /**
     * The word operators see beside the unified status (order list, order view, payment details):
     * the manual's word for the payment's state, given the provider's last status word.
     */
    default @Nullable String displayWord(PaymentStatus status, @Nullable String providerStatus) {
        String word = statusWord(status);
        return word != null ? word : providerStatus;
    }
}
