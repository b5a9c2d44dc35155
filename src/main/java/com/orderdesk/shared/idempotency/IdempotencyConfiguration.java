package com.orderdesk.shared.idempotency;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the Idempotency-Key filter into the servlet filter chain right after Spring Security's
 * ({@code spring.security.filter.order}, by default
 * {@link SecurityFilterProperties#DEFAULT_FILTER_ORDER}), so that the principal is known when the
 * key is scoped and refused requests never claim one, without touching the access module's
 * security configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    @Bean
    IdempotencyKeyStore idempotencyKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            IdempotencyProperties properties) {
        return new IdempotencyKeyStore(jdbc, transactions, clock, properties);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeyStore store, JsonMapper jsonMapper,
            IdempotencyProperties properties, ObjectProvider<SecurityFilterProperties> securityFilter,
            ObjectProvider<MeterRegistry> meters) {
        int securityOrder = securityFilter.getIfAvailable(SecurityFilterProperties::new).getOrder();
        MeterRegistry registry = meters.getIfAvailable();
        Runnable onReplay = registry == null ? () -> { } : Counter.builder("orderdesk.idempotency.replays")
                .description("POSTs answered again from the idempotency store").register(registry)::increment;
        var filter = new IdempotencyFilter(store, new IdempotencyProblems(jsonMapper), properties.maxBodySize().toBytes(),
                onReplay);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/admin/*", "/api/store/*");
        registration.setOrder(securityOrder + 1);
        return registration;
    }

    @Bean
    ExpiredIdempotencyKeyCleanup expiredIdempotencyKeyCleanup(IdempotencyKeyStore store,
            IdempotencyProperties properties) {
        return new ExpiredIdempotencyKeyCleanup(store, properties.cleanupBatchSize());
    }
}
