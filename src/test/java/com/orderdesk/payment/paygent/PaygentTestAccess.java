package com.orderdesk.payment.paygent;

import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.NotificationReceiver;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderSettings;

/** The adapter's package-private parts, for the simulator's round-trip tests in {@code paygent.sandbox}. */
public final class PaygentTestAccess {

    private PaygentTestAccess() {
    }

    public static PaymentGateway gateway() {
        return new PaygentPaymentGateway(PaygentFixtures.client());
    }

    public static NotificationReceiver<?> receiver() {
        return new PaygentNotificationReceiver();
    }

    public static Map<String, String> sandboxCredentials() {
        return PaygentAccount.SANDBOX;
    }

    public static GatewayCustomer customer() {
        return PaygentFixtures.customer();
    }

    public static GatewayOperationRequest operation(GatewayPaymentState payment, long amount, ProviderSettings settings) {
        return new GatewayOperationRequest(payment, UUID.randomUUID(), amount, settings);
    }
}
