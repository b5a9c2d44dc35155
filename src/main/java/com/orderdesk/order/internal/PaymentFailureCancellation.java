package com.orderdesk.order.internal;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderPaymentFailed;
import com.orderdesk.order.OrderStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The order side of a failed payment review: when the payment provider's rule says so (atobarai's
 * SMS timeout), the order is cancelled, which tells the shopper and the other modules through
 * {@code OrderCancelled}; otherwise the history says the payment failed and the order waits for the
 * shop. Idempotent: a redelivered event finds the order cancelled already.
 */
@Component
class PaymentFailureCancellation {

    private final OrderManagement orders;

    PaymentFailureCancellation(OrderManagement orders) {
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(OrderPaymentFailed failed) {
        Order order = orders.find(failed.orderNumber());
        if (failed.cancelOrder() && order.status().canMoveTo(OrderStatus.CANCELLED)) {
            orders.recordHistory(order.id(), HistoryKind.PAYMENT, "Payment failed (" + failed.reason()
                    + "); the order is cancelled");
            orders.changeStatus(order.number(), OrderStatus.CANCELLED);
        } else if (!failed.cancelOrder()) {
            orders.recordHistory(order.id(), HistoryKind.PAYMENT, "Payment failed (" + failed.reason()
                    + "); the order stays open: ask the shopper for another payment method or cancel it");
        }
    }
}
