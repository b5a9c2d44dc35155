package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/**
 * ChangeTran: changes the amount of an authorized ({@code JobCd=AUTH}) or captured
 * ({@code JobCd=CAPTURE}) transaction; GMO re-authorizes the new amount.
 */
public record ChangeTranRequest(ShopCredentials shop, String accessId, String accessPass, JobCd jobCd, long amount)
        implements GmoRequest {

    @Override
    public String api() {
        return "ChangeTran";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("ShopID", shop.shopId()).put("ShopPass", shop.shopPass()).put("AccessID", accessId)
                .put("AccessPass", accessPass).put("JobCd", jobCd).put("Amount", amount).build();
    }
}
