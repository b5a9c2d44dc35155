package com.orderdesk.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGatewayContract;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.TestInvoices;

/**
 * The core's test double honours the same contract as the real adapters, so the core's tests rely
 * on nothing a real adapter would not do.
 */
class ScriptedGatewayContractTests extends PaymentGatewayContract {

    private final ScriptedGateway gateway = new ScriptedGateway();
    private final ProviderSettings settings = new ProviderSettings(true, ProviderSettings.Environment.SANDBOX,
            "http://127.0.0.1:8082/api/sandbox/scripted", Map.of(), Map.of());
    private final GatewayAuthorizeRequest request = new GatewayAuthorizeRequest(UUID.randomUUID(),
            UUID.randomUUID(), "OD-000001", "OD-000001-1", 3830, false,
            new GatewayCustomer("山田 太郎", null, "taro@example.jp", "0312345678", null, null, "1500001", "東京都",
                    "渋谷区", "神宮前1-1-1", null, null),
            TestInvoices.of(3830), Map.of(), null, settings);

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected GatewayAuthorizeRequest startRequest() {
        return request;
    }

    @Override
    protected void providerAcceptsStart() {
        // The double accepts by default.
    }

    @Override
    protected void providerAnswersStartTooLate() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.unknown(OperationKind.AUTHORIZE, "read timeout"));
    }

    @Override
    protected List<String> startIdsReceived() {
        return gateway.authorizations().stream().map(GatewayAuthorizeRequest::providerOrderId).toList();
    }

    @Override
    protected Optional<NotificationSamples<?>> notificationSamples() {
        return Optional.of(new NotificationSamples<>(gateway, settings, ScriptedGateway.notification(
                "key=N-1&order=OD-000001-1&status=CAPTURED&at=2026-11-23T10:00:00Z"), "OD-000001-1",
                ScriptedGateway.notification("status=CAPTURED")));
    }
}
