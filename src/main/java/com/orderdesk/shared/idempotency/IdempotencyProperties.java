package com.orderdesk.shared.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code orderdesk.idempotency}.
 *
 * @param retention how long a key and its stored response are kept; a retry after that runs as a
 *        new request (24 hours, as integrators' retry queues expect)
 * @param inProgressTimeout how long a claim may stay IN_PROGRESS before a retry with the same body
 *        may take it over; it only exists for claims whose instance crashed, so it must be well
 *        above the longest legitimate request (provider calls time out in seconds)
 * @param maxBodySize the largest request body buffered to fingerprint it; larger bodies with a key
 *        are refused with 413 rather than held in memory
 * @param cleanupBatchSize how many expired rows one DELETE removes, to keep each transaction short
 */
@ConfigurationProperties("orderdesk.idempotency")
record IdempotencyProperties(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("5m") Duration inProgressTimeout,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("1000") int cleanupBatchSize) {
}
