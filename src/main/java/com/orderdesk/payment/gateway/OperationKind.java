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
    /** A shipment reported (or reported again after a change) to a capture-on-shipment provider. */
    SHIPMENT_REPORT,
    /** A reported shipment withdrawn at the provider. */
    SHIPMENT_WITHDRAWAL,
    /** A review step completed with the shopper's input (SMS code). */
    REVIEW_STEP,
    MANUAL
}
