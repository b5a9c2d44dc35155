package com.orderdesk.payment;

import java.util.List;

/** The payment methods an operator may choose for an order. */
public interface PaymentMethodChoices {

    /** Enabled methods by the shop's sort order. Never null. */
    List<PaymentMethodChoice> enabled();
}
