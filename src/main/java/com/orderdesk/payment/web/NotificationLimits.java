package com.orderdesk.payment.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code orderdesk.payment.webhooks}: how many refused webhook requests one source
 * address may cause per window before the route answers it 429 without reading or storing anything.
 * A provider's genuine notices are never counted, only refusals.
 *
 * @param rejectionsPerWindow refusals (allowlist, credentials, unreadable, over the size cap) per source and window
 * @param window the window the count refills over
 * @param trackedSources how many source addresses are remembered at most (least recently seen forgotten first)
 */
@ConfigurationProperties("orderdesk.payment.webhooks")
record NotificationLimits(
        @DefaultValue("20") int rejectionsPerWindow,
        @DefaultValue("1m") Duration window,
        @DefaultValue("10000") int trackedSources) {
}
