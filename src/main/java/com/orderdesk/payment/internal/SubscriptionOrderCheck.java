package com.orderdesk.payment.internal;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderCheck;
import com.orderdesk.payment.RecurringPaymentMethods;
import org.springframework.stereotype.Component;

/**
 * Refuses a subscription order (channel SUBSCRIPTION) whose payment method's provider does not take
 * subscription orders, when it is placed and when its method is switched, with the provider's reason
 * (422 naming {@code paymentMethodCode}).
 */
@Component
class SubscriptionOrderCheck implements OrderCheck {

    private final RecurringPaymentMethods methods;

    SubscriptionOrderCheck(RecurringPaymentMethods methods) {
        this.methods = methods;
    }

    @Override
    public void verify(Order order, boolean placing) {
        String code = order.paymentMethodCode();
        if (order.channel() != OrderChannel.SUBSCRIPTION || code == null) {
            return;
        }
        methods.describe(code).requireAllowed();
    }
}
