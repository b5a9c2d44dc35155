package com.orderdesk.payment;

import java.util.UUID;

import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The provider call failed technically and certainly did nothing (502: an upstream error, not the
 * operator's fault; retrying later is safe). Carries the provider's code and message when it gave one.
 */
public class ProviderCallFailed extends ProblemException {

    public ProviderCallFailed(ProviderCode provider, PaymentAction action, UUID operationId,
            @Nullable String providerErrorCode, @Nullable String providerMessage) {
        super(502, "provider-call-failed", provider.displayName() + " call failed",
                "The " + action.slug() + " call to " + provider.displayName() + " failed and changed nothing: "
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
