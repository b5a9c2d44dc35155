package com.orderdesk.payment.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What the shopper must do next after a payment was started, as the store API hands it on. Exposed
 * on its own ({@code payment :: next-action}) because the payment API's {@code PaymentDetails}
 * carries it and the integration module passes it on to integrators.
 *
 * @param type what kind of action
 * @param url where to send the shopper (3-D Secure, DSK selection page, Paidy checkout), if any
 * @param data provider data the storefront needs (form fields to post, checkout payload), never secrets
 * @param expiresAt when the action stops working (SMS check 30 minutes, payment deadline), if known
 */
@NamedInterface("next-action")
public record NextAction(Type type, @Nullable String url, Map<String, String> data, @Nullable Instant expiresAt) {

    public static final NextAction NONE = new NextAction(Type.NONE, null, Map.of(), null);

    public enum Type {
        /** Nothing; the payment is settled as far as the shopper is concerned. */
        NONE,
        /** Send the shopper's browser to {@code url} (3-D Secure challenge, hosted checkout). */
        REDIRECT,
        /** Show the shopper the payment-method-selection or payment-slip page at {@code url} (DSK). */
        PAYMENT_PAGE,
        /** Collect a card token in the browser with the provider's script first (GMO token). */
        COLLECT_TOKEN,
        /** The shopper answers an SMS check within the deadline (atobarai smartphone type). */
        SMS_CHECK,
        /** Wait: the provider reviews the payment (credit check, buyer screening). */
        AWAIT_REVIEW,
        /**
         * Open the provider's checkout in the browser with {@code data} (its script and payload,
         * e.g. Paidy Checkout), then hand its result back with {@code POST
         * /api/store/orders/{number}/payment}.
         */
        PROVIDER_CHECKOUT
    }

    public NextAction {
        data = Map.copyOf(data);
    }

    /** The last Japan date the action can be taken on (the payment due date for a slip), beside the UTC instant. */
    @JsonProperty("expiresOn")
    public @Nullable LocalDate expiresOn() {
        return expiresAt == null ? null : ShopTime.lastDayBefore(expiresAt);
    }
}
