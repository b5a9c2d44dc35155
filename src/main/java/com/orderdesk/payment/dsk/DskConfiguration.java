package com.orderdesk.payment.dsk;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the DSK client with the resilience4j instances named {@value DskClient#INSTANCE}
 * ({@code resilience4j.*.instances.dsk} in application.yml).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DskProperties.class)
class DskConfiguration {

    @Bean(destroyMethod = "close")
    ProviderHttpClient dskHttpClient(DskProperties properties, CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries, TimeLimiterRegistry timeLimiters,
            MeterRegistry meters) {
        return new ProviderHttpClient(DskClient.INSTANCE, "DSK", properties.connectTimeout(), properties.readTimeout(),
                circuitBreakers, retries, timeLimiters,
                meters);
    }

    @Bean
    DskClient dskClient(ProviderHttpClient dskHttpClient) {
        return new DskClient(dskHttpClient);
    }
}
