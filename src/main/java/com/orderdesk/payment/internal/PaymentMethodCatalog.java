package com.orderdesk.payment.internal;

import java.util.Optional;

/**
 * The shop's payment methods (支払方法設定) as the payment core needs them when it starts a
 * payment: which provider takes a method and with which options.
 */
public interface PaymentMethodCatalog {

    Optional<PaymentMethodDefinition> find(String code);
}
