package com.orderdesk.payment.kakebarai;

import com.orderdesk.payment.ProviderCode;

/** The Kuroneko kakebarai provider's code; its adapter ({@code payment.kakebarai}) is being built. */
public final class KakebaraiProvider {

    public static final ProviderCode CODE = ProviderCode.declare("KURONEKO_KAKEBARAI", "kuroneko-kakebarai", "クロネコ掛け払い");

    private KakebaraiProvider() {
    }
}
