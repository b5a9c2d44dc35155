package com.orderdesk.payment.atobarai.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.gateway.kit.FormCodec;

/**
 * The request encoding: {@code application/x-www-form-urlencoded; charset=UTF-8} (fact sheet,
 * "Transport"). The password and the shopper's SMS code never appear in logs; fields are named in
 * OrderDesk's words when a value cannot be sent.
 */
public final class AtobaraiForm {

    public static final FormCodec CODEC = new FormCodec("クロネコ代金後払い", StandardCharsets.UTF_8,
            Set.of("password", "ninCode"), Map.ofEntries(
                    Map.entry("name", "customer.name"),
                    Map.entry("nameKana", "customer.kana"),
                    Map.entry("postCode", "customer.postalCode"),
                    Map.entry("address1", "customer.address1"),
                    Map.entry("address2", "customer.address2"),
                    Map.entry("telNum", "customer.phone"),
                    Map.entry("email", "customer.email"),
                    Map.entry("sendName", "delivery.name"),
                    Map.entry("sendPostCode", "delivery.postalCode"),
                    Map.entry("sendAddress1", "delivery.address1"),
                    Map.entry("sendAddress2", "delivery.address2"),
                    Map.entry("sendTelNum", "delivery.phone"),
                    Map.entry("paymentNo", "trackingNumbers")));

    private AtobaraiForm() {
    }
}
