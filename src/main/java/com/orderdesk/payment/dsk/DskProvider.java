package com.orderdesk.payment.dsk;

import com.orderdesk.payment.ProviderCode;

/** The DSK paperless provider's code, declared by its adapter (the core names no provider). */
public final class DskProvider {

    public static final ProviderCode CODE = ProviderCode.declare("DSK", "dsk", "DSK");

    private DskProvider() {
    }
}
