package com.orderdesk.payment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the {@link ScriptedGateway} as the adapter of {@link ScriptedGateway#CODE}. */
@TestConfiguration(proxyBeanMethods = false)
public class PaymentTestConfiguration {

    @Bean
    ScriptedGateway scriptedGateway() {
        return new ScriptedGateway();
    }
}
