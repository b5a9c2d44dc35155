package com.orderdesk.shipping.internal;

import com.orderdesk.shipping.TrackingUrls;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ShippingProperties} and the carriers' {@link TrackingUrls}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ShippingProperties.class, TrackingUrls.class})
class ShippingConfiguration {
}
