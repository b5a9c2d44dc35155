package com.orderdesk.payment;

import java.util.UUID;

import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The provider refused an operator's command (422: the request was understood and sent, and the
 * provider's business rules said no). Carries the provider's error code and readable message as
 * {@code providerCode} / {@code providerMessage}; the operations log holds the same.
 */
public class ProviderDeclined extends ProblemException {

    public ProviderDeclined(ProviderCode provider, PaymentAction action, UUID operationId,
            @Nullable String providerErrorCode, @Nullable String providerMessage) {
        super(422, "provider-declined", provider.displayName() + " declined the " + action.slug(),
                provider.displayName() + " declined the " + action.slug() + ": "
                        + (providerMessage == null ? "no reason given" : providerMessage));
        with("provider", provider.slug());
        with("operationId", operationId.toString());
        if (providerErrorCode != null) {
            with("providerCode", providerErrorCode);
        }
        if (providerMessage != null) {
            with("providerMessage", providerMessage);
        }
    }
}
