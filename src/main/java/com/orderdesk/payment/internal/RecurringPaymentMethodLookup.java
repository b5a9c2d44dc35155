package com.orderdesk.payment.internal;

import com.orderdesk.payment.PaymentMethodUnknown;
import com.orderdesk.payment.RecurringPaymentMethods;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.StoredCards;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers {@link RecurringPaymentMethods} from the method catalogue and the adapters' features. */
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
        boolean storedCard = gateways.feature(method.provider(), StoredCards.class).isPresent();
        return new RecurringPaymentMethod(method.code(), method.name(), method.provider().displayName(), storedCard,
                null);
    }
}
