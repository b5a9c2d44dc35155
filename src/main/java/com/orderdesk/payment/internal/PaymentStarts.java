package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.PaymentMethodUnknown;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.AuthenticationCompletion;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.StoredCards;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates payment attempts for orders and starts (authorizes) them at the provider with the
 * shopper's instrument. Attempt numbers are unique per order, which keeps provider order ids unique.
 */
@Component
class PaymentStarts {

    private final PaymentRepository payments;
    private final PaymentMethodCatalog methods;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;
    private final ProviderCalls calls;
    private final PaymentChanges changes;
    private final OrderManagement orders;
    private final Clock clock;
    private final PaymentOperationRepository operations;

    PaymentStarts(PaymentRepository payments, PaymentMethodCatalog methods, PaymentGateways gateways,
            ProviderSettingsLookup settings, ProviderCalls calls, PaymentChanges changes, OrderManagement orders,
            Clock clock, PaymentOperationRepository operations) {
        this.operations = operations;
        this.payments = payments;
        this.methods = methods;
        this.gateways = gateways;
        this.settings = settings;
        this.calls = calls;
        this.changes = changes;
        this.orders = orders;
        this.clock = clock;
    }

    /** A new PENDING attempt for the order with the given method; the history says so. */
    @Transactional
    public Payment newAttempt(UUID orderId, String orderNumber, String paymentMethodCode, long amount) {
        return newAttempt(orderId, orderNumber, paymentMethodCode, amount, true);
    }

    /**
     * A re-issue's new attempt: its history line is the re-issue's one line
     * ({@link LocalPaymentChanges#reissued}), so the attempt does not announce itself.
     */
    @Transactional
    public Payment reissueAttempt(UUID orderId, String orderNumber, String paymentMethodCode, long amount) {
        return newAttempt(orderId, orderNumber, paymentMethodCode, amount, false);
    }

    private Payment newAttempt(UUID orderId, String orderNumber, String paymentMethodCode, long amount, boolean announce) {
        int attempt = payments.findFirstByOrderIdOrderByAttemptDesc(orderId).map(Payment::attempt).orElse(0) + 1;
        return create(orderId, orderNumber, paymentMethodCode, amount, attempt, announce);
    }

    /**
     * The order's first attempt. Two callers racing to start the same order (the store checkout and
     * the OrderPlaced listener) both ask for attempt 1: the loser gets a
     * {@link org.springframework.dao.DataIntegrityViolationException} instead of a second payment.
     */
    @Transactional
    public Payment firstAttempt(UUID orderId, String orderNumber, String paymentMethodCode, long amount) {
        return create(orderId, orderNumber, paymentMethodCode, amount, 1, true);
    }

    private Payment create(UUID orderId, String orderNumber, String paymentMethodCode, long amount, int attempt,
            boolean announce) {
        PaymentMethodDefinition method = methods.find(paymentMethodCode)
                .orElseThrow(() -> new PaymentMethodUnknown(paymentMethodCode));
        String providerOrderId = gateways.get(method.provider()).providerOrderId(orderNumber, attempt);
        Payment payment = payments.saveAndFlush(new Payment(orderId, orderNumber, attempt, method.provider(),
                providerOrderId, method.code(), method.captureImmediately(), amount, clock.instant()));
        if (announce) {
            orders.recordHistory(orderId, HistoryKind.PAYMENT, method.provider().displayName() + " 決済開始 "
                    + PaymentRules.yen(amount) + " (" + method.name() + ", attempt " + attempt + ")");
        }
        changes.created(payment);
        return payment;
    }

    /**
     * Whether the shopper must hand over an instrument before the payment can start: methods that
     * say so in their options ({@code requiresInstrument=true}), and card providers (they pay by a
     * one-time token or a stored card).
     */
    boolean needsInstrument(Payment payment) {
        boolean declared = methods.find(payment.paymentMethodCode())
                .map(method -> Boolean.parseBoolean(method.options().getOrDefault("requiresInstrument", "false")))
                .orElse(false);
        return declared || gateways.feature(payment.provider(), StoredCards.class).isPresent();
    }

    /**
     * Authorizes a PENDING attempt (the instrument's values are secrets and never logged). The
     * method's options travel in the instrument under their own names (DSK reads
     * {@code paymentDeadlineDays} there), but never override what the shopper handed over.
     */
    ProviderCalls.Call authorize(Payment payment, Map<String, String> instrument, @Nullable String returnUrl) {
        return authorize(payment, instrument, returnUrl, null);
    }

    /** As {@link #authorize(Payment, Map, String)}, logged as part of a larger operation (a re-issue). */
    ProviderCalls.Call authorize(Payment payment, Map<String, String> instrument, @Nullable String returnUrl,
            @Nullable UUID correlationId) {
        PaymentGateway gateway = gateways.get(payment.provider());
        PaymentRules.refusal(PaymentAction.AUTHORIZE, payment, gateway.capabilities(), clock.instant(), null)
                .ifPresent(reason -> {
                    throw new PaymentActionNotAllowed(PaymentAction.AUTHORIZE, reason);
                });
        Order order = orders.find(payment.orderNumber());
        ProviderRequirements.check(order, gateway);
        OperationKind kind = payment.captureImmediately() ? OperationKind.AUTHORIZE_AND_CAPTURE : OperationKind.AUTHORIZE;
        boolean unanswered = earlierSendUnanswered(payment);
        return calls.call(payment, kind, payment.amount(), operationId -> gateway.authorize(new GatewayAuthorizeRequest(
                payment.id(), operationId, payment.orderNumber(), payment.providerOrderId(), payment.amount(),
                payment.captureImmediately(), customer(order), Invoices.of(order),
                withMethodOptions(payment, instrument), returnUrl, settings.settingsFor(payment.provider()), unanswered)),
                correlationId);
    }

    /** An earlier start of this attempt went out and its answer never came (or could not be read). */
    private boolean earlierSendUnanswered(Payment payment) {
        return operations.findByPaymentIdOrderByStartedAt(payment.id()).stream()
                .filter(operation -> operation.kind() == OperationKind.AUTHORIZE
                        || operation.kind() == OperationKind.AUTHORIZE_AND_CAPTURE)
                .anyMatch(operation -> operation.outcome() == null || operation.outcome() == GatewayOutcome.UNKNOWN);
    }

    private Map<String, String> withMethodOptions(Payment payment, Map<String, String> instrument) {
        Map<String, String> merged = new HashMap<>(methods.find(payment.paymentMethodCode())
                .map(PaymentMethodDefinition::options).orElse(Map.of()));
        merged.putAll(instrument);
        return Map.copyOf(merged);
    }

    /** Finishes the authorization after the shopper's 3-D Secure step (return parameters are not logged). */
    ProviderCalls.Call completeAuthentication(Payment payment, Map<String, String> returnParameters) {
        AuthenticationCompletion completion = gateways.feature(payment.provider(), AuthenticationCompletion.class)
                .orElseThrow(() -> new PaymentActionNotAllowed(PaymentAction.AUTHORIZE,
                        payment.provider().displayName() + " has no authentication step to complete"));
        if (payment.status() != PaymentStatus.PENDING) {
            throw new PaymentActionNotAllowed(PaymentAction.AUTHORIZE,
                    "authentication can only be completed while PENDING (payment is " + payment.status() + ")");
        }
        return calls.call(payment, OperationKind.COMPLETE_AUTHENTICATION, payment.amount(), operationId ->
                completion.completeAuthentication(payment.toState(), returnParameters,
                        settings.settingsFor(payment.provider())));
    }

    private static GatewayCustomer customer(Order order) {
        var customer = order.customer();
        return new GatewayCustomer(customer.name(), customer.kana(), customer.email(), customer.phone(),
                customer.mobilePhone(), customer.company(), customer.postalCode(), customer.prefecture(),
                customer.city(), customer.address1(), customer.address2(),
                order.customerId() == null ? null : order.customerId().toString());
    }
}
