package com.orderdesk.payment.internal;

import java.util.Map;
import java.util.Optional;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.PaymentNotFound;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.StorePayment;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The storefront's side of starting and paying an order's payment. Shares the attempt with the
 * OrderPlaced listener: whichever creates it first wins (unique attempt number), and the one-open-
 * call index keeps them from authorizing it twice.
 */
@Component
class StorePayments {

    private final PaymentRepository payments;
    private final PaymentStarts starts;
    private final PaymentMethodCatalog methods;
    private final OrderManagement orders;

    StorePayments(PaymentRepository payments, PaymentStarts starts, PaymentMethodCatalog methods,
            OrderManagement orders) {
        this.payments = payments;
        this.starts = starts;
        this.methods = methods;
        this.orders = orders;
    }

    StorePayment start(String orderNumber, Map<String, String> instrument, @Nullable String returnUrl) {
        Order order = orders.find(orderNumber);
        Payment payment = payments.findFirstByOrderIdOrderByAttemptDesc(order.id()).orElseGet(() -> {
            try {
                return starts.firstAttempt(order.id(), order.number(), methodOf(order), order.totals().total());
            } catch (DataIntegrityViolationException listenerWasFaster) {
                return payments.findFirstByOrderIdOrderByAttemptDesc(order.id()).orElseThrow();
            }
        });
        if (instrument.isEmpty() && starts.needsInstrument(payment)) {
            return view(payment, null);
        }
        return authorize(payment, instrument, returnUrl);
    }

    StorePayment pay(String orderNumber, Map<String, String> instrument, @Nullable String returnUrl) {
        Payment payment = current(orderNumber);
        if (payment.status() == PaymentStatus.FAILED) {
            payment = starts.newAttempt(payment.orderId(), payment.orderNumber(), payment.paymentMethodCode(),
                    orders.find(orderNumber).totals().total());
        }
        return authorize(payment, instrument, returnUrl);
    }

    StorePayment completeAuthentication(String orderNumber, Map<String, String> returnParameters) {
        Payment payment = current(orderNumber);
        GatewayResult result = starts.completeAuthentication(payment, returnParameters).result();
        return view(reload(payment), result);
    }

    StorePayment show(String orderNumber) {
        return view(current(orderNumber), null);
    }

    private StorePayment authorize(Payment payment, Map<String, String> instrument, @Nullable String returnUrl) {
        if (payment.status() != PaymentStatus.PENDING) {
            return view(payment, null);
        }
        try {
            GatewayResult result = starts.authorize(payment, instrument, returnUrl).result();
            return view(reload(payment), result);
        } catch (PaymentActionNotAllowed alreadyUnderWay) {
            return view(reload(payment), null);
        }
    }

    private Payment current(String orderNumber) {
        Order order = orders.find(orderNumber);
        return payments.findFirstByOrderIdOrderByAttemptDesc(order.id())
                .orElseThrow(() -> new PaymentNotFound(orderNumber));
    }

    private Payment reload(Payment payment) {
        return payments.findById(payment.id()).orElseThrow();
    }

    private String methodOf(Order order) {
        String code = order.paymentMethodCode();
        if (code == null) {
            throw new InvalidInput("paymentMethodCode", "is required for a store checkout");
        }
        return code;
    }

    private StorePayment view(Payment payment, @Nullable GatewayResult last) {
        Optional<PaymentMethodDefinition> method = methods.find(payment.paymentMethodCode());
        boolean declined = last != null
                && (last.outcome() == GatewayOutcome.DECLINED || last.outcome() == GatewayOutcome.FAILED);
        return new StorePayment(payment.orderNumber(), payment.paymentMethodCode(), payment.status(), payment.amount(),
                payment.nextAction(), method.map(PaymentMethodDefinition::completionText).orElse(null),
                method.map(PaymentMethodDefinition::emailTitle).orElse(null),
                method.map(PaymentMethodDefinition::emailText).orElse(null),
                declined ? last.errorCode() : null, declined ? last.errorMessage() : null);
    }
}
