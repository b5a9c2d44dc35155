package com.orderdesk.payment.internal;

import com.orderdesk.payment.PaymentMethodUnknown;
import com.orderdesk.payment.RecurringPaymentMethods;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.StoredCards;
import com.orderdesk.payment.gateway.SubscriptionExclusion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@link RecurringPaymentMethods} from the method catalogue and the adapters: the
 * {@code subscriptions} capability says whether a provider takes subscription orders, the
 * {@link SubscriptionExclusion} feature gives its manual's reason, and a {@link StoredCards} adapter
 * pays each order with the customer's stored card.
 */
@Component
class RecurringPaymentMethodLookup implements RecurringPaymentMethods {

    private final PaymentMethodCatalog methods;
    private final PaymentGateways gateways;

    RecurringPaymentMethodLookup(PaymentMethodCatalog methods, PaymentGateways gateways) {
        this.methods = methods;
        this.gateways = gateways;
    }

    @Override
    @Transactional(readOnly = true)
    public RecurringPaymentMethod describe(String paymentMethodCode) {
        PaymentMethodDefinition method = methods.find(paymentMethodCode)
                .orElseThrow(() -> new PaymentMethodUnknown(paymentMethodCode));
        PaymentGateway gateway = gateways.get(method.provider());
        boolean storedCard = gateways.feature(method.provider(), StoredCards.class).isPresent();
        return new RecurringPaymentMethod(method.code(), method.name(), method.provider().displayName(), storedCard,
                refusal(gateway));
    }

    private @Nullable String refusal(PaymentGateway gateway) {
        if (gateway.capabilities().subscriptions()) {
            return null;
        }
        String provider = gateway.providerCode().displayName();
        return gateway instanceof SubscriptionExclusion exclusion
                ? provider + " does not take subscription (定期購入) orders: " + exclusion.subscriptionExclusionReason()
                : provider + " does not take subscription (定期購入) orders";
    }
}
