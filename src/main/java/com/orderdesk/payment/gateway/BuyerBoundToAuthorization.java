package com.orderdesk.payment.gateway;

/**
 * Optional feature of an adapter whose authorization stays with the buyer who gave it: a deferred
 * payment the provider bills to that buyer, with no call to change the buyer afterwards (the e-shops
 * manual for Paidy, 7-補足①: 後払い決済のため、購入者情報の編集ボタンをクリックした先の操作はくれぐれもご注意ください).
 * While such a payment holds an authorization or money, the core asks the operator to confirm an
 * edit of the order's buyer details and keeps the caution in the order's history.
 */
public interface BuyerBoundToAuthorization {

    /** What the operator must know before changing the buyer. Never null. */
    String buyerChangeCaution();
}
