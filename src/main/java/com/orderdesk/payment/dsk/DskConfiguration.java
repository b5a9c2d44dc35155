package com.orderdesk.payment.dsk;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the DSK client with the resilience4j instances named {@value DskClient#INSTANCE}
 * ({@code resilience4j.circuitbreaker.instances.dsk}, {@code resilience4j.retry.instances.dsk}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DskProperties.class)
class DskConfiguration {

    @Bean
    DskClient dskClient(DskProperties properties, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries) {
        return new DskClient(properties, circuitBreakers, retries);
    }
}
