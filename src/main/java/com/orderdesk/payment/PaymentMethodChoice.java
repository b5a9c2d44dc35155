package com.orderdesk.payment;

/** An enabled payment method as an operator picks it when registering an order (受注登録). */
public record PaymentMethodChoice(String code, String name, ProviderCode provider) {
}
