/**
 * The shop's payment methods (支払方法設定): provider, fee, amount range, delivery methods and
 * customer groups allowed, texts. Implements {@code PaymentMethodCatalog} for the payment core and
 * an {@code OrderCheck} so that an order can only name a method that can pay it.
 */
@NullMarked
package com.orderdesk.payment.internal.methods;

import org.jspecify.annotations.NullMarked;
