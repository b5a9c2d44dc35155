package com.orderdesk.payment.gateway;

import com.orderdesk.payment.ProviderCode;

/**
 * The shop's current settings for a provider, credentials decrypted (for adapters and their
 * notification controllers). In SANDBOX the base URL points at the built-in simulator.
 */
public interface ProviderSettingsLookup {

    /** Never null; a provider never configured comes back as its sandbox default. */
    ProviderSettings settingsFor(ProviderCode provider);
}
