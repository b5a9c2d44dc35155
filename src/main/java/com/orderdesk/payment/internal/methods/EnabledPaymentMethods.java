package com.orderdesk.payment.internal.methods;

import java.util.List;

import com.orderdesk.payment.PaymentMethodChoice;
import com.orderdesk.payment.PaymentMethodChoices;
import org.springframework.stereotype.Component;

/** {@link PaymentMethodChoices} over the shop's payment methods (支払方法設定). */
@Component
class EnabledPaymentMethods implements PaymentMethodChoices {

    private final PaymentMethodAdministration methods;

    EnabledPaymentMethods(PaymentMethodAdministration methods) {
        this.methods = methods;
    }

    @Override
    public List<PaymentMethodChoice> enabled() {
        return methods.list().stream().filter(PaymentMethodView::enabled)
                .map(method -> new PaymentMethodChoice(method.code(), method.name(), method.provider())).toList();
    }
}
