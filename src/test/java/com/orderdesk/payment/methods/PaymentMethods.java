package com.orderdesk.payment.methods;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.ScriptedGateway;

/** Request bodies for payment methods in tests; mutable so a test can change one field. */
final class PaymentMethods {

    private PaymentMethods() {
    }

    /** A card method on GMO-PG with a fixed 330円 fee and no limits. */
    static Map<String, Object> card(String code) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", "クレジットカード");
        method.put("provider", "GMO_PG");
        method.put("sortOrder", 10);
        method.put("captureImmediately", false);
        method.put("fee", new LinkedHashMap<>(Map.of("type", "FIXED", "amount", 330, "taxCategory", "STANDARD_10")));
        method.put("completionText", "カード決済を受け付けました。");
        method.put("emailTitle", "お支払いについて");
        method.put("emailText", "クレジットカードでお支払いいただきました。");
        return method;
    }

    /**
     * Deferred payment (後払い) on the test provider (a method needs a provider with an adapter): fee
     * by amount band, 50,000円 billed at most, Yamato deliveries only.
     */
    static Map<String, Object> deferred(String code) {
        Map<String, Object> method = card(code);
        method.put("name", "後払い");
        method.put("provider", ScriptedGateway.CODE.name());
        method.put("sortOrder", 20);
        method.put("fee", Map.of("type", "BANDS", "taxCategory", "STANDARD_10", "bands", List.of(
                Map.of("fromAmount", 0, "fee", 330),
                Map.of("fromAmount", 10_000, "fee", 440),
                Map.of("fromAmount", 30_000, "fee", 660))));
        method.put("maxAmount", 50_000);
        method.put("deliveryMethods", List.of("YAMATO"));
        return method;
    }
}
