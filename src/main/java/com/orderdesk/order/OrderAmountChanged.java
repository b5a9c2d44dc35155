package com.orderdesk.order;

import java.util.UUID;

/** An edit moved the order's total; payment reacts by re-pricing or flagging the payment. */
public record OrderAmountChanged(UUID orderId, String orderNumber, long previousTotal, long newTotal) {
}
