package com.orderdesk.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.bootstrap-admin-password} ({@code ORDERDESK_BOOTSTRAP_ADMIN_PASSWORD}): the first
 * password of the {@code admin} operator, used once when no such account exists.
 *
 * @param bootstrapAdminPassword blank: a random one is generated and printed once
 */
@ConfigurationProperties("orderdesk")
record AdminBootstrapProperties(@DefaultValue("") String bootstrapAdminPassword) {
}
