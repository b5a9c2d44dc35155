package com.orderdesk.payment.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * The notification part of {@code orderdesk.payment.*} (the rest of that prefix belongs to the
 * provider settings store and the adapters; each record binds only its own keys).
 *
 * @param notificationClockSkew how far past this instance's clock a notice's own time may be and
 *        still be believed; a later one is taken as no time at all, so a notice dated 2099 can never
 *        make every genuine later notice "older"
 */
@ConfigurationProperties("orderdesk.payment")
record NotificationProperties(@DefaultValue("5m") Duration notificationClockSkew) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class Registration {
    }
}
