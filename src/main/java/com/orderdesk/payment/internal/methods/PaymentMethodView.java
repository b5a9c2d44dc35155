package com.orderdesk.payment.internal.methods;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A payment method as the admin API shows it. */
@NamedInterface("payment-methods")
public record PaymentMethodView(
        String code,
        String name,
        ProviderCode provider,
        boolean enabled,
        int sortOrder,
        boolean captureImmediately,
        PaymentFee fee,
        @Nullable Long minAmount,
        @Nullable Long maxAmount,
        List<String> deliveryMethods,
        List<String> customerGroups,
        @Nullable String completionText,
        @Nullable String emailTitle,
        @Nullable String emailText,
        Map<String, String> options,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static PaymentMethodView of(PaymentMethod method) {
        return new PaymentMethodView(method.code(), method.name(), method.provider(), method.enabled(),
                method.sortOrder(), method.captureImmediately(), method.fee(), method.minAmount(), method.maxAmount(),
                method.deliveryMethods().stream().sorted().toList(), method.customerGroups().stream().sorted().toList(),
                method.completionText(), method.emailTitle(), method.emailText(),
                new java.util.TreeMap<>(method.options()), method.createdAt(), method.updatedAt(), method.version());
    }
}
