package com.orderdesk.shipping;

/**
 * The carrier (配送会社) of a delivery method or shipment. Stored explicitly because Yamato, Sagawa
 * and Japan Post all issue 12-digit mod-7 numbers, so a number never tells its carrier.
 */
public enum Carrier {
    YAMATO,
    SAGAWA,
    JAPAN_POST,
    OTHER
}
