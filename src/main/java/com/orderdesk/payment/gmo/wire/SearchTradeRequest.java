package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/** SearchTrade: the transaction's current state by the shop's OrderID (safe to repeat). */
public record SearchTradeRequest(ShopCredentials shop, String orderId) implements GmoRequest {

    @Override
    public String api() {
        return "SearchTrade";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("ShopID", shop.shopId()).put("ShopPass", shop.shopPass()).put("OrderID", orderId)
                .build();
    }

    @Override
    public boolean safeToRepeat() {
        return true;
    }
}
