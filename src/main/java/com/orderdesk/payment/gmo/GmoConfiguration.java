package com.orderdesk.payment.gmo;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the GMO-PG client with the resilience4j instances named {@value GmoClient#INSTANCE}
 * (configured under {@code resilience4j.*.instances.gmo-pg} in application.yml).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GmoProperties.class)
class GmoConfiguration {

    @Bean(destroyMethod = "close")
    ProviderHttpClient gmoHttpClient(GmoProperties properties, CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries, TimeLimiterRegistry timeLimiters,
            MeterRegistry meters) {
        return new ProviderHttpClient(GmoClient.INSTANCE, "GMO-PG", properties.connectTimeout(),
                properties.readTimeout(), circuitBreakers, retries, timeLimiters,
                meters);
    }

    @Bean
    GmoClient gmoClient(ProviderHttpClient gmoHttpClient) {
        return new GmoClient(gmoHttpClient);
    }
}
