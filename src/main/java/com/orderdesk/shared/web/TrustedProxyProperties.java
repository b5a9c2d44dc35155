package com.orderdesk.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.web.*}: what the web edge believes about the network in front of it.
 *
 * @param trustedProxies the load balancers (IPs and CIDRs, comma-separated) whose {@code Forwarded}
 *        / {@code X-Forwarded-*} headers are believed; empty: no one's
 */
@ConfigurationProperties("orderdesk.web")
record TrustedProxyProperties(@DefaultValue List<String> trustedProxies) {
}
