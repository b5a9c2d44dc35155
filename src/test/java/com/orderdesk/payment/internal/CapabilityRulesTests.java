package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities.RefundWindow;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import org.junit.jupiter.api.Test;

/** Windows in Japanese calendar days, full-capture-only, automatic capture and refund windows. */
class CapabilityRulesTests {

    /** 23:30 on 2026-11-23 in Tokyo. */
    private static final Instant LATE_EVENING = Instant.parse("2026-11-23T14:30:00Z");

    private static final GatewayCapabilities CARD = GatewayCapabilities.builder()
            .captureRequired(CaptureMode.AUTH_ONLY, CaptureMode.AUTH_AND_CAPTURE)
            .refunds(true)
            .cancellableFrom(PaymentStatus.AUTHORIZED)
            .authValidityDays(60)
            .amounts(1, 300_000)
            .build();

    private static Payment authorized(boolean captureImmediately, Instant at) {
        Payment payment = new Payment(UUID.randomUUID(), "OD-000001", 1, ScriptedGateway.CODE, "OD-000001-1", "M", captureImmediately,
                3830, at);
        payment.authorized(3830, null, 60, at);
        payment.moveTo(PaymentStatus.AUTHORIZED, at);
        return payment;
    }

    @Test
    void anAuthorizationWindowEndsAtMidnightInTokyoNotAfter24HourDays() {
        Payment payment = authorized(false, LATE_EVENING);

        // Day 1 is 2026-11-23 (JST), day 60 is 2027-01-21; the window closes at 2027-01-22 00:00 JST.
        assertThat(payment.authExpiresAt()).isEqualTo(Instant.parse("2027-01-21T15:00:00Z"));
        assertThat(payment.authExpiresAt()).isBefore(LATE_EVENING.plus(Duration.ofDays(60)));
        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, payment, CARD, Instant.parse("2027-01-21T14:59:59Z"), null))
                .isEmpty();
        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, payment, CARD, Instant.parse("2027-01-21T15:00:00Z"), null))
                .contains("capture window of 60 days has passed");
    }

    @Test
    void anEarlierDeadlineFromTheAdapterWins() {
        Payment payment = new Payment(UUID.randomUUID(), "OD-000001", 1, ScriptedGateway.CODE, "OD-000001-1", "M", false, 3830,
                LATE_EVENING);
        Instant adapter = LATE_EVENING.plus(Duration.ofDays(7));

        payment.authorized(3830, adapter, 60, LATE_EVENING);

        assertThat(payment.authExpiresAt()).isEqualTo(adapter);
    }

    @Test
    void aFullCaptureOnlyProviderTakesOnlyTheAuthorizedAmount() {
        GatewayCapabilities fullOnly = CARD.toBuilder().fullCaptureOnly(true).build();
        Payment payment = authorized(false, LATE_EVENING);

        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, payment, fullOnly, LATE_EVENING, 1000L))
                .contains("テスト決済 only captures the full authorized amount (3,830円), not 1,000円; change the amount first");
        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, payment, fullOnly, LATE_EVENING, null)).isEmpty();
        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, payment, CARD, LATE_EVENING, 1000L)).isEmpty();
    }

    @Test
    void aPaymentInAnAutomaticCaptureModeIsNotCapturedByHand() {
        GatewayCapabilities automatic = CARD.toBuilder().automaticCapture(true).build();

        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, authorized(true, LATE_EVENING), automatic, LATE_EVENING, null))
                .hasValueSatisfying(reason -> assertThat(reason).contains("captures this payment by itself"));
        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, authorized(false, LATE_EVENING), automatic, LATE_EVENING, null))
                .isEmpty();
        assertThat(PaymentRules.refusal(PaymentAction.CAPTURE, authorized(true, LATE_EVENING), CARD, LATE_EVENING, null))
                .as("capture together with the authorization is not automatic capture later").isEmpty();
    }

    @Test
    void aHardRefundWindowCountsCalendarDaysFromTheCapture() {
        GatewayCapabilities window = CARD.toBuilder().refundWindow(new RefundWindow(3, true)).build();
        Payment payment = authorized(false, LATE_EVENING);
        payment.recordCapture(3830, null, LATE_EVENING);
        payment.moveTo(PaymentStatus.CAPTURED, LATE_EVENING);

        // Captured 11-23 at 23:30 JST: days 11-23, 11-24, 11-25; closed from 11-26 00:00 JST.
        assertThat(refund(payment, window, "2026-11-25T14:59:59Z")).isEmpty();
        assertThat(refund(payment, window, "2026-11-25T15:00:00Z"))
                .contains("テスト決済 refunds only within 3 days of the capture (captured 2026-11-23, last day 2026-11-25)");
        assertThat(refund(payment, CARD.toBuilder().refundWindow(new RefundWindow(3, false)).build(),
                "2026-12-25T00:00:00Z")).as("an advisory window refuses nothing").isEmpty();
    }

    private static Optional<String> refund(Payment payment, GatewayCapabilities capabilities, String at) {
        return PaymentRules.refusal(PaymentAction.REFUND, payment, capabilities, Instant.parse(at), null);
    }
}
