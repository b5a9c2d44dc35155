package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayResult;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * An operator authorizing an order right after placing it races the OrderPlaced listener, which
 * creates the order's first payment attempt. When the order had no payment at the operator's read,
 * the operator's attempt must be attempt 1 by number: asking for "the next attempt" became attempt 2
 * once the listener's commit landed, and the order kept a second payment, PENDING for ever, beside
 * the authorized one (seen once in CI as a capture test reading PENDING).
 */
class OperatorAuthorizeRaceTests {

    private static final UUID ORDER_ID = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private final PaymentRepository payments = mock(PaymentRepository.class);
    private final PaymentStarts starts = mock(PaymentStarts.class);
    private final OrderManagement orders = mock(OrderManagement.class);

    @Test
    void losingTheFirstAttemptToTheListenerAuthorizesTheListenersAttemptInsteadOfStartingASecond() {
        Order order = mock(Order.class, RETURNS_DEEP_STUBS);
        when(order.id()).thenReturn(ORDER_ID);
        when(order.number()).thenReturn("OD-000001");
        when(order.paymentMethodCode()).thenReturn("CARD");
        when(order.totals().total()).thenReturn(3830L);
        when(orders.find("OD-000001")).thenReturn(order);
        Payment listeners = new Payment(ORDER_ID, "OD-000001", 1, ScriptedGateway.CODE, "OD-000001-1", "CARD", false,
                3830, NOW);
        // Nothing at the operator's read; the listener's attempt 1 has committed by the time it creates one.
        when(payments.findFirstByOrderIdOrderByAttemptDesc(ORDER_ID)).thenReturn(Optional.empty(),
                Optional.of(listeners));
        when(starts.firstAttempt(ORDER_ID, "OD-000001", "CARD", 3830L))
                .thenThrow(new DataIntegrityViolationException("payments_order_id_attempt_key"));
        when(starts.newAttempt(any(), anyString(), anyString(), anyLong())).thenAnswer(call -> new Payment(ORDER_ID,
                "OD-000001", 2, ScriptedGateway.CODE, "OD-000001-2", "CARD", false, 3830, NOW));
        when(starts.authorize(any(), any(), isNull())).thenReturn(new ProviderCalls.Call(UUID.randomUUID(),
                GatewayResult.succeeded(OperationKind.AUTHORIZE, PaymentStatus.AUTHORIZED, null, Map.of())));

        commands().authorize("OD-000001", null, Map.of("token", "tok"));

        verify(starts, never()).newAttempt(any(), anyString(), anyString(), anyLong());
        verify(starts).authorize(eq(listeners), eq(Map.of("token", "tok")), isNull());
        assertThat(listeners.attempt()).isEqualTo(1);
    }

    private PaymentCommands commands() {
        return new PaymentCommands(payments, mock(PaymentActions.class), starts, mock(PaymentViews.class),
                mock(StorePayments.class), mock(ManualCancellations.class), orders, Clock.systemUTC(),
                mock(LocalPaymentChanges.class));
    }
}
