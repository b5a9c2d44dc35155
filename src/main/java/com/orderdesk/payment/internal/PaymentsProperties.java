package com.orderdesk.payment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.payments.*}: how much of the payment work runs at once.
 *
 * @param bulkCaptureConcurrency provider calls of one bulk capture job in flight together (a
 *        provider's own batch limit in its capabilities may lower it)
 */
@ConfigurationProperties("orderdesk.payments")
record PaymentsProperties(@DefaultValue("4") int bulkCaptureConcurrency) {
}
