package com.orderdesk.payment.paygent;

import com.orderdesk.payment.ProviderCode;

/** The Paygent / Paidy deferred-payment provider's code; its adapter ({@code payment.paygent}) is being built. */
public final class PaygentPaidyProvider {

    public static final ProviderCode CODE = ProviderCode.declare("PAYGENT_PAIDY", "paygent-paidy", "Paygent/Paidy");

    private PaygentPaidyProvider() {
    }
}
