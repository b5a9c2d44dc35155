package com.orderdesk.payment.gmo;

import com.orderdesk.payment.ProviderCode;

/** The GMO-PG provider's code, declared by its adapter (the core names no provider). */
public final class GmoProvider {

    public static final ProviderCode CODE = ProviderCode.declare("GMO_PG", "gmo-pg", "GMO-PG");

    private GmoProvider() {
    }
}
