package com.orderdesk.payment.internal.settings;

import com.orderdesk.payment.gateway.ProviderSettings.Environment;

/** One line of the providers list: whether it is on, where it points, whether credentials are stored. */
public record ProviderOverview(String provider, String name, boolean enabled, Environment environment, boolean configured) {
}
