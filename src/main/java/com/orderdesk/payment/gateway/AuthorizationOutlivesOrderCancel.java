package com.orderdesk.payment.gateway;

/**
 * Optional feature of an adapter whose authorization outlives the cancel of its order: the
 * provider's shop manual leaves it for the operator to capture or cancel afterwards (Paidy, 8-補足①:
 * 売上確定せずに受注キャンセル処理した時 … 受注キャンセル明細画面へ移動しても、キャンセル or 売上確定ができます).
 * When such an order is cancelled, the core leaves its AUTHORIZED payment as it is and flags it
 * for the operator instead of cancelling it.
 */
public interface AuthorizationOutlivesOrderCancel {

    /** What the flag on the kept authorization tells the operator. Never null. */
    String keptAuthorizationNote();
}
