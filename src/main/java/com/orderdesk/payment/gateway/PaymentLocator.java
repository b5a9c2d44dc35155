package com.orderdesk.payment.gateway;

/**
 * How a notification names its payment: by one of the provider references the adapter returned
 * earlier ({@link GatewayResult#references()}, e.g. DSK's {@code orderid}) or by the provider order
 * id the adapter made ({@link PaymentGateway#providerOrderId}). The inbox finds the payment by
 * exactly this, never by a shortened or re-derived id.
 *
 * @param reference the reference's name, or {@link #PROVIDER_ORDER_ID}
 * @param value its value as the notice carries it
 */
public record PaymentLocator(String reference, String value) {

    /** The pseudo-reference meaning the payment's provider order id. */
    public static final String PROVIDER_ORDER_ID = "providerOrderId";

    public PaymentLocator {
        if (reference.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("a payment locator needs a reference name and a value");
        }
    }

    public static PaymentLocator byProviderOrderId(String providerOrderId) {
        return new PaymentLocator(PROVIDER_ORDER_ID, providerOrderId);
    }

    public static PaymentLocator byReference(String reference, String value) {
        return new PaymentLocator(reference, value);
    }

    public boolean byProviderOrderId() {
        return PROVIDER_ORDER_ID.equals(reference);
    }
}
