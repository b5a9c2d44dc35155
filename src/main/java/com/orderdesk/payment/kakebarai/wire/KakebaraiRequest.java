package com.orderdesk.payment.kakebarai.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call: the API and its fields in sending order, the merchant's {@code traderCode} and
 * {@code passWord} first (on every call, fact sheet "Transport").
 */
public record KakebaraiRequest(KakebaraiApi api, Map<String, String> fields) {

    public KakebaraiRequest {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static KakebaraiRequest of(KakebaraiApi api, KakebaraiCredentials credentials, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("traderCode", credentials.traderCode());
        all.put("passWord", credentials.password());
        all.putAll(fields);
        return new KakebaraiRequest(api, all);
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
