package com.orderdesk.payment.internal.methods;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;

/**
 * A payment method the storefront may offer for a cart, with the fee it costs for that cart.
 *
 * @param fee the payment fee for the cart amount, tax-inclusive yen; the storefront sends it back
 *        as the order's {@code paymentFee}
 * @param feeLabel 手数料名 as set on the method, 「支払手数料」 when left blank
 * @param billedAmount cart amount plus fee, what the customer pays
 */
public record ApplicablePaymentMethod(
        String code,
        String name,
        ProviderCode provider,
        boolean captureImmediately,
        long fee,
        String feeLabel,
        TaxCategory feeTaxCategory,
        long billedAmount,
        @Nullable String completionText,
        @Nullable String emailTitle,
        @Nullable String emailText) {
}
