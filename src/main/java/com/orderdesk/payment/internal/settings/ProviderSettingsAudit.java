package com.orderdesk.payment.internal.settings;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** One audited change of a provider's settings, newest first in listings; names fields, never values of secrets. */
@NamedInterface("provider-settings")
public record ProviderSettingsAudit(Instant changedAt, String actor, List<String> changes) {
}
