package com.orderdesk.payment.paygent;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Paygent client with the resilience4j instances named {@value PaygentClient#INSTANCE}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaygentProperties.class)
class PaygentConfiguration {

    @Bean(destroyMethod = "close")
    ProviderHttpClient paygentHttpClient(PaygentProperties properties, CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries, TimeLimiterRegistry timeLimiters,
            MeterRegistry meters) {
        return new ProviderHttpClient(PaygentClient.INSTANCE, "Paygent", properties.connectTimeout(),
                properties.readTimeout(), circuitBreakers, retries, timeLimiters,
                meters);
    }

    @Bean
    PaygentClient paygentClient(ProviderHttpClient paygentHttpClient) {
        return new PaygentClient(paygentHttpClient);
    }
}
