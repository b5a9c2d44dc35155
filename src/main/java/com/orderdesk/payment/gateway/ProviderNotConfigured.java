package com.orderdesk.payment.gateway;

import com.orderdesk.shared.UnprocessableRequest;

/** The provider is disabled, has no adapter, or lacks a credential it needs. */
public class ProviderNotConfigured extends UnprocessableRequest {

    public ProviderNotConfigured(String detail) {
        super("provider-not-configured", "The payment provider is not configured: " + detail, java.util.List.of());
    }
}
