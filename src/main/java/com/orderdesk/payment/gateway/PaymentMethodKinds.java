package com.orderdesk.payment.gateway;

import java.util.Map;

/**
 * Optional feature of an adapter whose payment methods come in kinds of which a shop may have at
 * most one enabled method each (Kuroneko atobarai: 払込票タイプ and スマホタイプ; the Welcart manual:
 * 同じ決済種別で複数の支払方法を作成することは出来ません). The core refuses a second enabled method of a
 * kind when methods are created, replaced or enabled again.
 */
public interface PaymentMethodKinds {

    /**
     * The kind of a method with these options. Never null.
     *
     * @throws IllegalArgumentException naming the option when the options name no kind
     */
    String methodKind(Map<String, String> options);
}
