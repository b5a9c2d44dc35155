package com.orderdesk.payment.kakebarai;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the kakebarai client with the resilience4j instances named {@value KakebaraiClient#INSTANCE}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KakebaraiProperties.class)
class KakebaraiConfiguration {

    @Bean(destroyMethod = "close")
    ProviderHttpClient kakebaraiHttpClient(KakebaraiProperties properties, CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries, TimeLimiterRegistry timeLimiters,
            MeterRegistry meters) {
        return new ProviderHttpClient(KakebaraiClient.INSTANCE, "クロネコ掛け払い", properties.connectTimeout(),
                properties.readTimeout(), circuitBreakers, retries, timeLimiters,
                meters);
    }

    @Bean
    KakebaraiClient kakebaraiClient(ProviderHttpClient kakebaraiHttpClient) {
        return new KakebaraiClient(kakebaraiHttpClient);
    }
}
