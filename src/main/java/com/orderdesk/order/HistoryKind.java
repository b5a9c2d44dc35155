package com.orderdesk.order;

/** What kind of event a change-history entry records. */
public enum HistoryKind {
    CREATED,
    EDITED,
    STATUS_CHANGED,
    PAYMENT,
    NOTIFICATION,
    SHIPMENT,
    NOTE
}
