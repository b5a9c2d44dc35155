package com.orderdesk.payment.gmo.wire;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * AlterTran: capture ({@code SALES}, amount = the authorized amount), void ({@code VOID}), return
 * ({@code RETURN}) or cross-month return ({@code RETURNX}).
 */
public record AlterTranRequest(ShopCredentials shop, String accessId, String accessPass, JobCd jobCd,
        @Nullable Long amount) implements GmoRequest {

    @Override
    public String api() {
        return "AlterTran";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("ShopID", shop.shopId()).put("ShopPass", shop.shopPass()).put("AccessID", accessId)
                .put("AccessPass", accessPass).put("JobCd", jobCd).put("Amount", amount).build();
    }
}
