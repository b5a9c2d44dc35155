package com.orderdesk.payment.atobarai;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the atobarai client with the resilience4j instances named {@value AtobaraiClient#INSTANCE}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AtobaraiProperties.class)
class AtobaraiConfiguration {

    @Bean(destroyMethod = "close")
    ProviderHttpClient atobaraiHttpClient(AtobaraiProperties properties, CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries, TimeLimiterRegistry timeLimiters,
            MeterRegistry meters) {
        return new ProviderHttpClient(AtobaraiClient.INSTANCE, "クロネコ代金後払い", properties.connectTimeout(),
                properties.readTimeout(), circuitBreakers, retries, timeLimiters,
                meters);
    }

    @Bean
    AtobaraiClient atobaraiClient(ProviderHttpClient atobaraiHttpClient) {
        return new AtobaraiClient(atobaraiHttpClient);
    }
}
