package com.orderdesk.payment.gmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gmo.wire.JobCd;
import org.junit.jupiter.api.Test;

/** Which cancel GMO gets by Japan business date, and how GMO's status words map. */
class GmoCancelPolicyAndStatusTests {

    private static GmoCancelPolicy.Decision decide(PaymentStatus status, String authorized, String captured, String now) {
        Instant capturedAt = captured == null ? null : GmoFixtures.japan(captured);
        return GmoCancelPolicy.decide(GmoFixtures.payment(status, 1500, GmoFixtures.japan(authorized), capturedAt),
                GmoFixtures.japan(now));
    }

    @Test
    void japanMidnightSeparatesVoidFromReturnEvenWhenUtcIsTheSameDay() {
        // 23:50 and 00:10 JST are 14:50 and 15:10 UTC of one UTC day.
        assertThat(decide(PaymentStatus.AUTHORIZED, "2026-11-10T23:50:00", null, "2026-11-10T23:59:59").jobCd())
                .isEqualTo(JobCd.VOID);
        assertThat(decide(PaymentStatus.AUTHORIZED, "2026-11-10T23:50:00", null, "2026-11-11T00:10:00").jobCd())
                .isEqualTo(JobCd.RETURN);
    }

    @Test
    void anAuthorizationIsReturnedEvenInALaterMonth() {
        GmoCancelPolicy.Decision decision = decide(PaymentStatus.AUTHORIZED, "2026-11-30T10:00:00", null,
                "2026-12-02T10:00:00");

        assertThat(decision.jobCd()).isEqualTo(JobCd.RETURN);
        assertThat(decision.kind()).isEqualTo(OperationKind.RETURN);
    }

    @Test
    void aCaptureCountsFromTheCaptureDay() {
        assertThat(decide(PaymentStatus.CAPTURED, "2026-11-10T10:00:00", "2026-11-20T10:00:00", "2026-11-20T18:00:00")
                .kind()).isEqualTo(OperationKind.VOID);
        assertThat(decide(PaymentStatus.CAPTURED, "2026-11-10T10:00:00", "2026-11-20T10:00:00", "2026-11-21T09:00:00")
                .kind()).isEqualTo(OperationKind.RETURN);
        assertThat(decide(PaymentStatus.CAPTURED, "2026-11-10T10:00:00", "2026-11-20T10:00:00", "2027-01-05T09:00:00")
                .jobCd()).isEqualTo(JobCd.RETURNX);
    }

    @Test
    void gmoStatusWordsMapToUnifiedStatuses() {
        assertThat(GmoStatusMapper.status("UNPROCESSED")).isEqualTo(PaymentStatus.PENDING);
        assertThat(GmoStatusMapper.status("AUTHENTICATED")).isEqualTo(PaymentStatus.PENDING);
        assertThat(GmoStatusMapper.status("AUTH")).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(GmoStatusMapper.status("CAPTURE")).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(GmoStatusMapper.status("SALES")).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(GmoStatusMapper.status("VOID")).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(GmoStatusMapper.status("RETURN")).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(GmoStatusMapper.status("RETURNX")).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(GmoStatusMapper.status("CHECK")).isNull();
        assertThat(GmoStatusMapper.status("SOMETHING_NEW")).isNull();
        assertThat(GmoStatusMapper.lastOperation("SALES")).isEqualTo(OperationKind.CAPTURE);
        assertThat(GmoStatusMapper.lastOperation("VOID")).isEqualTo(OperationKind.VOID);
    }
}
