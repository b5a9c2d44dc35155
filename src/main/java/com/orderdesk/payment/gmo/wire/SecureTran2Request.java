package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/** SecureTran2: finishes a 3-D Secure 2.0 authorization after the shopper's challenge. */
public record SecureTran2Request(String accessId, String accessPass) implements GmoRequest {

    @Override
    public String api() {
        return "SecureTran2";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("AccessID", accessId).put("AccessPass", accessPass).build();
    }
}
