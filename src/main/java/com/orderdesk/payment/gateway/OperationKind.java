package com.orderdesk.payment.gateway;

/**
 * The kinds of provider operation the operations log records. Cancels are reported in the kind
 * the provider actually performed (GMO: void the same day, return later in the month, cross-month
 * return after), so operators see what happened to the money.
 */
public enum OperationKind {
    AUTHORIZE,
    AUTHORIZE_AND_CAPTURE,
    CAPTURE,
    CANCEL,
    VOID,
    RETURN,
    CROSS_MONTH_RETURN,
    REFUND,
    CHANGE_AMOUNT,
    STATUS_QUERY,
    COMPLETE_AUTHENTICATION,
    SHIPMENT_REPORT,
    MANUAL
}
