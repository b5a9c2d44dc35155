package com.orderdesk.order;

/**
 * Where an order came from: the storefront via the store API, an operator's 受注登録 in the admin,
 * or the subscription generator (定期購入), which places each cycle's order on schedule.
 */
public enum OrderChannel {
    STORE,
    ADMIN,
    SUBSCRIPTION
}
