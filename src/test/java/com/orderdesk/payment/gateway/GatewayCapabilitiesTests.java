package com.orderdesk.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities.RefundWindow;
import org.junit.jupiter.api.Test;

class GatewayCapabilitiesTests {

    @Test
    void whatIsNotNamedStaysCannot() {
        GatewayCapabilities none = GatewayCapabilities.builder().build();

        assertThat(none.captureRequired()).isFalse();
        assertThat(none.refunds()).isFalse();
        assertThat(none.partialRefund()).isFalse();
        assertThat(none.fullCaptureOnly()).isFalse();
        assertThat(none.subscriptions()).isFalse();
        assertThat(none.captureModes()).isEmpty();
        assertThat(none.cancellableFrom()).isEmpty();
        assertThat(none.refundWindow()).isNull();
        assertThat(none.maxLineCount()).isNull();
        assertThat(none.bulkCapture()).isEqualTo(GatewayCapabilities.BulkCaptureLimits.ONE_AT_A_TIME);
    }

    @Test
    void builtByNameAndChangedThroughToBuilder() {
        GatewayCapabilities paidyLike = GatewayCapabilities.builder()
                .captureRequired(CaptureMode.AUTH_ONLY, CaptureMode.AUTH_AND_CAPTURE)
                .automaticCapture(true)
                .fullCaptureOnly(true)
                .refunds(true)
                .refundWindow(new RefundWindow(180, false))
                .cancellableFrom(PaymentStatus.CAPTURED, PaymentStatus.AUTHORIZED)
                .authValidityDays(90)
                .amounts(1, 300_000)
                .maxLineCount(99)
                .bulkCapture(20, 2)
                .build();

        assertThat(paidyLike.capturesAutomatically(CaptureMode.AUTH_AND_CAPTURE)).isTrue();
        assertThat(paidyLike.capturesAutomatically(CaptureMode.AUTH_ONLY)).isFalse();
        assertThat(paidyLike.cancellableFrom()).as("declaration order, whatever order given")
                .containsExactly(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED);
        assertThat(paidyLike.toBuilder().build()).isEqualTo(paidyLike);
        assertThat(paidyLike.toBuilder().noRefunds().build().partialRefund()).isFalse();
    }

    @Test
    void inconsistentCapabilitiesFailWhenBuilt() {
        assertThatThrownBy(() -> GatewayCapabilities.builder().automaticCapture(true).build())
                .hasMessageContaining("AUTH_AND_CAPTURE");
        assertThatThrownBy(() -> GatewayCapabilities.builder().amounts(10, 5).build()).hasMessageContaining("empty");
        assertThatThrownBy(() -> GatewayCapabilities.builder().bulkCapture(2, 3).build())
                .hasMessageContaining("concurrency");
        assertThatThrownBy(() -> new RefundWindow(0, true)).hasMessageContaining("at least one day");
    }
}
