package com.orderdesk.shipping.internal;

/** How a delivery method's fee is set: one amount everywhere, or per prefecture (送料 都道府県別). */
public enum FeeType {
    FLAT,
    BY_PREFECTURE
}
