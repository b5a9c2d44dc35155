package com.orderdesk.shipping.internal;

import org.springframework.modulith.NamedInterface;

/** How a delivery method's fee is set: one amount everywhere, or per prefecture (送料 都道府県別). */
@NamedInterface("delivery-methods")
public enum FeeType {
    FLAT,
    BY_PREFECTURE
}
