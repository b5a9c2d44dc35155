package com.orderdesk.payment;

import org.jspecify.annotations.Nullable;

/**
 * What a module that pays orders on a schedule (定期購入) must know about a payment method before it
 * takes it: whether the method's provider takes subscription orders at all, and whether each order
 * is paid with the customer's stored card. Answered from the adapters' capabilities, so the caller
 * never names a provider.
 */
public interface RecurringPaymentMethods {

    /**
     * @throws PaymentMethodUnknown (422 naming {@code paymentMethodCode}) when the shop has no such method
     */
    RecurringPaymentMethod describe(String paymentMethodCode);

    /**
     * A payment method as a subscription sees it.
     *
     * @param paysWithStoredCard each order is authorized with a card stored at the provider for the
     *        customer (the subscription must name the card); otherwise the order's payment starts
     *        without shopper input and tells the shopper what to do next (a payment URL)
     * @param refusal why the method cannot pay subscription orders (the provider's manual), null when it can
     */
    record RecurringPaymentMethod(String code, String name, String providerName, boolean paysWithStoredCard,
            @Nullable String refusal) {

        public boolean allowed() {
            return refusal == null;
        }

        /** @throws PaymentMethodNotForSubscriptions (422 naming {@code paymentMethodCode}) with the refusal */
        public void requireAllowed() {
            if (refusal != null) {
                throw new PaymentMethodNotForSubscriptions(code, refusal);
            }
        }
    }
}
