package com.orderdesk.order;

/** What kind of event a change-history entry records. */
public enum HistoryKind {
    CREATED,
    EDITED,
    STATUS_CHANGED,
    PAYMENT,
    NOTIFICATION,
    SHIPMENT,
    /** A customer mail sent, kept in the sandbox outbox, or failed (mail module). */
    MAIL,
    NOTE
}
