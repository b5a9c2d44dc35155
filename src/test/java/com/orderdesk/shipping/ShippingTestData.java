package com.orderdesk.shipping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and valid tracking numbers for shipping tests. */
public final class ShippingTestData {

    private ShippingTestData() {
    }

    /** A valid Yamato number for an 11-digit body (the 12th digit is the body mod 7). */
    public static String yamato(long body) {
        String digits = String.format("%011d", body);
        return digits + (body % 7);
    }

    public static Map<String, Object> deliveryMethod(String code, String carrier, List<String> paymentMethodCodes) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", "宅急便 " + code);
        method.put("carrier", carrier);
        method.put("fee", Map.of("type", "FLAT", "amount", 800));
        method.put("dateWishAllowed", true);
        method.put("timeSlotWishAllowed", true);
        method.put("paymentMethodCodes", paymentMethodCodes);
        return method;
    }

    public static Map<String, Object> shipment(String carrier, String trackingNumber) {
        Map<String, Object> shipment = new LinkedHashMap<>();
        shipment.put("carrier", carrier);
        shipment.put("trackingNumber", trackingNumber);
        shipment.put("shippedOn", "2026-11-20");
        return shipment;
    }
}
