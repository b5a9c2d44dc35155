package com.orderdesk.payment.internal.methods;

import java.util.Set;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderCheck;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.internal.ProviderRequirements;
import org.springframework.stereotype.Component;

/**
 * Refuses to place or edit an order whose payment method cannot pay it (422 naming
 * {@code paymentMethodCode}), judged on the order total with the fee the caller sent: fees are the
 * storefront's to show and send, never recomputed into orders here. Orders without a payment
 * method pass. The provider's requirements (customer data, invoice line count, goods that ship) are checked too,
 * naming the order's field ({@link ProviderRequirements}). On an edit a method disabled since the order was placed is still accepted, so that
 * switching a method off does not freeze the orders that already use it.
 */
@Component
class PaymentMethodOrderCheck implements OrderCheck {

    private final PaymentMethodRepository methods;
    private final PaymentMethodRules rules;
    private final CustomerGroupResolver groups;
    private final PaymentGateways gateways;

    PaymentMethodOrderCheck(PaymentMethodRepository methods, PaymentMethodRules rules, CustomerGroupResolver groups,
            PaymentGateways gateways) {
        this.methods = methods;
        this.rules = rules;
        this.groups = groups;
        this.gateways = gateways;
    }

    @Override
    public void verify(Order order, boolean placing) {
        String code = order.paymentMethodCode();
        if (code == null) {
            return;
        }
        PaymentMethod method = methods.findById(code).orElseThrow(
                () -> new PaymentMethodNotApplicable("there is no payment method '" + code + "'"));
        Purchase purchase = new Purchase(order.totals().total(), order.totals().subtotal(), order.deliveryMethodCode(),
                groups.groups(Set.of(), order.customerId()), order.customerId(), placing, false);
        rules.refusal(method, purchase, placing).ifPresent(reason -> {
            throw new PaymentMethodNotApplicable(reason);
        });
        gateways.all().stream().filter(gateway -> gateway.providerCode().equals(method.provider())).findFirst()
                .ifPresent(gateway -> ProviderRequirements.check(order, gateway));
    }
}
