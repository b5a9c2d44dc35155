package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/**
 * EntryTran: registers a transaction under the shop's OrderID and returns its handles.
 *
 * @param tdFlag {@code 2} for 3-D Secure 2.0, {@code 0} without
 */
public record EntryTranRequest(ShopCredentials shop, String orderId, JobCd jobCd, long amount, int tdFlag)
        implements GmoRequest {

    @Override
    public String api() {
        return "EntryTran";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("ShopID", shop.shopId()).put("ShopPass", shop.shopPass()).put("OrderID", orderId)
                .put("JobCd", jobCd).put("Amount", amount).put("TdFlag", tdFlag).build();
    }

    @Override
    public boolean safeToRepeat() {
        return true;
    }
}
