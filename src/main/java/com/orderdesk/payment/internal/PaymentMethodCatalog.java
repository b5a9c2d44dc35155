package com.orderdesk.payment.internal;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The shop's payment methods (支払方法設定) as the payment core needs them when it starts a
 * payment: which provider takes a method and with which options.
 */
public interface PaymentMethodCatalog {

    Optional<PaymentMethodDefinition> find(String code);

    /**
     * The fee of a method whose fee follows the amount (amount bands, 変動額) for {@code amount} yen;
     * empty for a fixed fee or an unknown method.
     */
    default OptionalLong bandFee(String code, long amount) {
        return OptionalLong.empty();
    }
}
