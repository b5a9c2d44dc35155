package com.orderdesk.order;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.orders.*}.
 *
 * @param numberPrefix put before the running number of every order ({@code OD-000001})
 */
@ConfigurationProperties("orderdesk.orders")
record OrderProperties(@DefaultValue("OD-") String numberPrefix) {
}
