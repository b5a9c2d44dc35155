package com.orderdesk.payment.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes one provider call the logged way: open the operations-log entry (committed), call the
 * adapter outside any transaction, then complete the entry and apply the answer. An exception from
 * an adapter after sending is an UNKNOWN outcome, never a lost one.
 */
@Component
class ProviderCalls {

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

    private final OperationLog operationLog;
    private final OperationResults results;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;
    private final OrderManagement orders;
    private final PaymentMetrics metrics;

    ProviderCalls(OperationLog operationLog, OperationResults results, PaymentGateways gateways,
            ProviderSettingsLookup settings, OrderManagement orders, PaymentMetrics metrics) {
        this.metrics = metrics;
        this.operationLog = operationLog;
        this.results = results;
        this.gateways = gateways;
        this.settings = settings;
        this.orders = orders;
    }

    /** The answer of one logged call and the id of its log entry. */
    record Call(UUID operationId, GatewayResult result) {
    }

    /** Calls an operation on an existing payment ({@code amount} as {@link GatewayOperationRequest} defines it). */
    Call operate(Payment payment, OperationKind kind, long amount,
            Function<PaymentGateway, Function<GatewayOperationRequest, GatewayResult>> method) {
        return operate(payment, kind, amount, method, null);
    }

    /** As {@link #operate(Payment, OperationKind, long, Function)}, as part of a larger operation. */
    Call operate(Payment payment, OperationKind kind, long amount,
            Function<PaymentGateway, Function<GatewayOperationRequest, GatewayResult>> method,
            @Nullable UUID correlationId) {
        return operate(payment, kind, amount, method, correlationId, OperationLog.NO_GUARD);
    }

    /**
     * As {@link #operate(Payment, OperationKind, long, Function)}, with {@code guard} deciding on the
     * payment as it is when the log entry opens (row locked): the decision that makes concurrent
     * requests call the provider once, not the possibly stale {@code payment} the caller read.
     */
    Call operate(Payment payment, OperationKind kind, long amount,
            Function<PaymentGateway, Function<GatewayOperationRequest, GatewayResult>> method,
            @Nullable UUID correlationId, Consumer<Payment> guard) {
        PaymentGateway gateway = gateways.get(payment.provider());
        ProviderSettings providerSettings = settings.settingsFor(payment.provider());
        // An amount change carries the order as it is now: invoicing providers re-send its lines.
        @Nullable GatewayInvoice invoice = kind == OperationKind.CHANGE_AMOUNT ? Invoices.of(orders.findById(payment.orderId()))
                : null;
        return call(payment, kind, amount, operationId -> method.apply(gateway)
                .apply(new GatewayOperationRequest(payment.toState(), operationId, amount, providerSettings, invoice)),
                correlationId, guard);
    }

    /** Calls the provider with a request built for the new log entry's id. */
    Call call(Payment payment, OperationKind kind, long amount, Function<UUID, GatewayResult> send) {
        return call(payment, kind, amount, send, null);
    }

    /** As {@link #call(Payment, OperationKind, long, Function)}, its entry sharing {@code correlationId}. */
    Call call(Payment payment, OperationKind kind, long amount, Function<UUID, GatewayResult> send,
            @Nullable UUID correlationId) {
        return call(payment, kind, amount, send, correlationId, OperationLog.NO_GUARD);
    }

    private Call call(Payment payment, OperationKind kind, long amount, Function<UUID, GatewayResult> send,
            @Nullable UUID correlationId, Consumer<Payment> guard) {
        UUID operationId = operationLog.open(payment.id(), kind, amount, correlationId, guard);
        GatewayResult result;
        long started = System.nanoTime();
        try {
            result = send.apply(operationId);
        } catch (ProviderUnavailable unavailable) {
            operationLog.notSent(operationId, unavailable.getMessage());
            metrics.notSent(payment.provider(), kind);
            throw unavailable;
        } catch (ProviderNotConfigured | RequestNotSendable refused) {
            // Raised while building the request (a missing credential, a value the provider's
            // format cannot carry): nothing left OrderDesk.
            operationLog.notSent(operationId, refused.getMessage());
            metrics.notSent(payment.provider(), kind);
            throw refused;
        } catch (RuntimeException unexpected) {
            // The adapter broke its contract; the request may have left, so the outcome is unknown.
            log.warn("{} {} for payment {} ended with an exception; outcome unknown", payment.provider(), kind,
                    payment.id(), unexpected);
            result = GatewayResult.unknown(kind, "adapter error: " + unexpected.getClass().getSimpleName());
        }
        metrics.answered(payment.provider(), kind, result, Duration.ofNanos(System.nanoTime() - started));
        results.completed(operationId, result);
        return new Call(operationId, result);
    }
}
