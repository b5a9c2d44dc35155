package com.orderdesk.payment.kakebarai.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.gateway.kit.FormCodec;

/**
 * The request body: a form in UTF-8. ASSUMED: the sheet does not name kakebarai's charset; the
 * add-on it comes from is CS-Cart (UTF-8 throughout) and Yamato's sibling atobarai API takes UTF-8
 * (kuroneko-atobarai.md). The password ({@code passWord}) never reaches a log.
 */
public final class KakebaraiForm {

    public static final FormCodec CODEC = new FormCodec("クロネコ掛け払い", StandardCharsets.UTF_8, Set.of("passWord"),
            Map.of());

    private KakebaraiForm() {
    }

    public static byte[] encode(KakebaraiRequest request) {
        return CODEC.encode(request.fields());
    }

    public static String masked(KakebaraiRequest request) {
        return CODEC.masked(request.fields());
    }
}
