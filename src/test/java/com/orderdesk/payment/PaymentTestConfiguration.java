package com.orderdesk.payment;

import com.orderdesk.support.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Registers the {@link ScriptedGateway} as the adapter of {@link ScriptedGateway#CODE}, and a
 * {@link TestClock} every bean uses instead of the system clock (timeouts, schedules).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PaymentTestConfiguration {

    @Bean
    ScriptedGateway scriptedGateway() {
        return new ScriptedGateway();
    }

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
