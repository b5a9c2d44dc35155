package com.orderdesk.payment.internal.methods;

import java.util.Optional;
import java.util.OptionalLong;

import com.orderdesk.payment.internal.PaymentMethodCatalog;
import com.orderdesk.payment.internal.PaymentMethodDefinition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment core's view of the stored payment methods. Disabled methods are found too: a payment
 * of an order placed before the method was switched off must still be operable.
 */
@Component
class StoredPaymentMethodCatalog implements PaymentMethodCatalog {

    private final PaymentMethodRepository methods;

    StoredPaymentMethodCatalog(PaymentMethodRepository methods) {
        this.methods = methods;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaymentMethodDefinition> find(String code) {
        return methods.findById(code).map(method -> new PaymentMethodDefinition(method.code(), method.name(),
                method.provider(), method.captureImmediately(), method.completionText(), method.emailTitle(),
                method.emailText(), method.options()));
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong bandFee(String code, long amount) {
        return methods.findById(code).map(PaymentMethod::fee).filter(fee -> fee.type() == PaymentFee.Type.BANDS)
                .map(fee -> OptionalLong.of(fee.feeFor(amount))).orElse(OptionalLong.empty());
    }
}
