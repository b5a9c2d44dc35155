package com.orderdesk.order;

/** Where an order came from: the storefront via the store API, or an operator's 受注登録 in the admin. */
public enum OrderChannel {
    STORE,
    ADMIN
}
