package com.orderdesk.payment;

import java.util.List;
import java.util.UUID;

/** The payment methods an operator may choose for an order. */
public interface PaymentMethodChoices {

    /** Enabled methods by the shop's sort order. Never null. */
    List<PaymentMethodChoice> enabled();

    /**
     * The customer's cards kept at the method's provider, to pay an order with one (the instrument
     * {@code {"storedCard": cardId}}); empty when the provider keeps no cards or the customer has none.
     *
     * @throws com.orderdesk.shared.NotFound when no method has this code (404)
     */
    List<StoredCardChoice> storedCards(String paymentMethodCode, UUID customerId);
}
