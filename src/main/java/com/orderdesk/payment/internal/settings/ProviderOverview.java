package com.orderdesk.payment.internal.settings;

import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import org.springframework.modulith.NamedInterface;

/** One line of the providers list: whether it is on, where it points, whether credentials are stored. */
@NamedInterface("provider-settings")
public record ProviderOverview(String provider, String name, boolean enabled, Environment environment, boolean configured) {
}
