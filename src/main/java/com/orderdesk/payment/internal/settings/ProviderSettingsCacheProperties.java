package com.orderdesk.payment.internal.settings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings cache's key under {@code orderdesk.payments.*} (the plural prefix of the payment
 * core's tuning; the name is kept as deployments already set it).
 *
 * @param providerSettingsCacheTtl how long decrypted provider settings are reused before the
 *        database is read again; other instances see a change at most this much later; 0 turns
 *        the cache off
 */
@ConfigurationProperties("orderdesk.payments")
record ProviderSettingsCacheProperties(@DefaultValue("PT5S") Duration providerSettingsCacheTtl) {
}
