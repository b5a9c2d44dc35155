package com.orderdesk.payment.internal;

import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import org.jspecify.annotations.Nullable;

/**
 * One shop-named payment method bound to a provider.
 *
 * @param captureImmediately auth + capture at once (shop option) instead of auth only (仮売上)
 * @param completionText text for the storefront's order-completion page
 * @param emailTitle title of the payment section in the order e-mail
 * @param emailText text of the payment section in the order e-mail
 * @param options provider-specific options of this method (e.g. DSK payment deadline days)
 */
public record PaymentMethodDefinition(
        String code,
        String name,
        ProviderCode provider,
        boolean captureImmediately,
        @Nullable String completionText,
        @Nullable String emailTitle,
        @Nullable String emailText,
        Map<String, String> options) {
}
