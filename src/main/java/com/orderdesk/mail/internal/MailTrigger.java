package com.orderdesk.mail.internal;

/** What sends a template: an event of another module, or only an operator ({@link #MANUAL}). */
public enum MailTrigger {
    /** 注文受付: the order was placed (sent once its payment page, if any, is known). */
    ORDER_RECEIVED,
    /** 入金確認: the shopper paid (convenience store). */
    PAYMENT_RECEIVED,
    /** 発送: a shipment with its tracking numbers was registered. */
    SHIPPED,
    /** キャンセル: the order was cancelled. */
    CANCELLED,
    /** カード未決済 / 決済不可: the payment failed (declined card, review refused or timed out). */
    PAYMENT_FAILED,
    /** Free-form and other mails that only operators send. */
    MANUAL
}
