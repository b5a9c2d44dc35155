package com.orderdesk.payment.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * {@code orderdesk.payments.*}: how much of the payment work runs at once and when the background
 * watches act. The schedules' own intervals ({@code orderdesk.payments.*-interval}) stay on their
 * {@code @Scheduled} placeholders, which are the only place that reads them.
 *
 * @param bulkCaptureConcurrency the most captures of one provider a bulk capture job sends at once on
 *        this instance, whatever the provider's setting {@code bulkCaptureConcurrency} or its
 *        adapter's default asks (each capture in flight holds a virtual thread and, between its
 *        steps, a pool connection)
 * @param inbox the notification inbox's writers and workers
 * @param automaticCaptureWatch the watch over providers that capture by themselves
 */
@ConfigurationProperties("orderdesk.payments")
record PaymentsProperties(@DefaultValue("32") int bulkCaptureConcurrency, @DefaultValue Inbox inbox,
        @DefaultValue AutomaticCaptureWatch automaticCaptureWatch) {

    /**
     * {@code orderdesk.payments.inbox.*}.
     *
     * @param appendWriters threads that write arriving notices to the inbox in batches
     * @param appendBatch the most notices one insert writes
     * @param concurrencyPerProvider notices of one provider applied at once (by the inbox worker)
     */
    record Inbox(@DefaultValue("2") int appendWriters, @DefaultValue("500") int appendBatch,
            @DefaultValue("4") int concurrencyPerProvider) {
    }

    /**
     * {@code orderdesk.payments.automatic-capture-watch.*}.
     *
     * @param after how long a payment may stay authorized at a provider that captures by itself
     *        before the provider is asked whether it captured
     */
    record AutomaticCaptureWatch(@DefaultValue("PT30M") Duration after) {
    }

    /** Registers the record for every bean of the package that reads it. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PaymentsProperties.class)
    static class Registration {
    }
}
