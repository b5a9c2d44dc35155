package com.orderdesk.subscription;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock replaced by one the subscription tests move through the calendar. */
@TestConfiguration(proxyBeanMethods = false)
class SubscriptionTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
