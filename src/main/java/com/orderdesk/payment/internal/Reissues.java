package com.orderdesk.payment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finishes a re-issue (cancel + new registration, DSK's way to change an amount) whose cancel answer
 * was lost: once reconciliation confirms the cancel, the new attempt is registered for the order's
 * current total with the re-issue's correlation id, and the history gets the re-issue's one line.
 * Where that is no longer right (the order was cancelled, another attempt exists, the amount is
 * out of the provider's range), the cancelled payment is flagged with the reason instead.
 */
@Component
class Reissues {

    private static final Logger log = LoggerFactory.getLogger(Reissues.class);

    private final PaymentOperationRepository operations;
    private final PaymentRepository payments;
    private final PaymentStarts starts;
    private final LocalPaymentChanges local;
    private final OrderManagement orders;
    private final PaymentGateways gateways;

    Reissues(PaymentOperationRepository operations, PaymentRepository payments, PaymentStarts starts,
            LocalPaymentChanges local, OrderManagement orders, PaymentGateways gateways) {
        this.operations = operations;
        this.payments = payments;
        this.starts = starts;
        this.local = local;
        this.orders = orders;
        this.gateways = gateways;
    }

    /** Cancels of re-issues confirmed inside a reconciliation transaction, finished after it. */
    static final class Confirmed {

        private final Queue<UUID> cancels = new ConcurrentLinkedQueue<>();

        /** Notes the operation when it is a re-issue's cancel (it shares a correlation id) now known done. */
        void note(PaymentOperation operation, PaymentStatus reported) {
            if (operation.correlationId() != null && operation.kind() == OperationKind.CANCEL
                    && reported == PaymentStatus.CANCELLED) {
                cancels.add(operation.id());
            }
        }

        List<UUID> drain() {
            List<UUID> drained = new ArrayList<>();
            for (UUID id = cancels.poll(); id != null; id = cancels.poll()) {
                drained.add(id);
            }
            return drained;
        }
    }

    /** Registers the re-issue's new attempt, or flags why it is not registered. Never throws. */
    void finish(UUID cancelOperationId) {
        try {
            PaymentOperation cancel = operations.findById(cancelOperationId).orElseThrow();
            Payment cancelled = payments.findById(cancel.paymentId()).orElseThrow();
            UUID correlation = cancel.correlationId();
            if (correlation == null || cancelled.status() != PaymentStatus.CANCELLED
                    || operations.existsByCorrelationOnOtherPayment(correlation, cancelled.id())) {
                return;
            }
            String pending = "the re-issue's cancel of " + PaymentRules.yen(cancelled.amount())
                    + " was confirmed late, but no new payment was registered: ";
            Payment latest = payments.findFirstByOrderIdOrderByAttemptDesc(cancelled.orderId()).orElseThrow();
            if (!latest.id().equals(cancelled.id())) {
                local.flag(cancelled.id(), pending + "attempt " + latest.attempt() + " was started meanwhile");
                return;
            }
            Order order = orders.find(cancelled.orderNumber());
            if (order.status() == OrderStatus.CANCELLED) {
                local.flag(cancelled.id(), pending + "the order was cancelled meanwhile; nothing is owed");
                return;
            }
            long total = order.totals().total();
            GatewayCapabilities capabilities = gateways.get(cancelled.provider()).capabilities();
            if (capabilities.billedAmountOutside(total)) {
                local.flag(cancelled.id(), pending + "the order total " + PaymentRules.yen(total) + " is outside "
                        + cancelled.provider().displayName() + "'s " + PaymentRules.yen(capabilities.minAmount()) + "–"
                        + PaymentRules.yen(capabilities.maxAmount()) + "; choose another payment method");
                return;
            }
            Payment reissued = starts.reissueAttempt(cancelled.orderId(), cancelled.orderNumber(),
                    cancelled.paymentMethodCode(), total);
            ProviderCalls.Call registration = starts.authorize(reissued, Map.of(), null, correlation);
            local.reissued(cancelled, reissued, registration.result().outcome());
        } catch (RuntimeException e) {
            log.warn("Could not finish the re-issue of cancel {}", cancelOperationId, e);
            operations.findById(cancelOperationId).ifPresent(cancel -> local.flag(cancel.paymentId(),
                    "the re-issue's cancel was confirmed, but registering the new payment failed (" + e.getMessage()
                            + "); start it again with POST /api/admin/orders/{number}/payment/authorize"));
        }
    }
}
