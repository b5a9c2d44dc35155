package com.orderdesk.payment.atobarai;

import com.orderdesk.payment.ProviderCode;

/** The Kuroneko atobarai provider's code; its adapter ({@code payment.atobarai}) is being built. */
public final class AtobaraiProvider {

    public static final ProviderCode CODE = ProviderCode.declare("KURONEKO_ATOBARAI", "kuroneko-atobarai", "クロネコ代金後払い");

    private AtobaraiProvider() {
    }
}
