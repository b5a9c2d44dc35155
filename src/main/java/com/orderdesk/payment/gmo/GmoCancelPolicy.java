package com.orderdesk.payment.gmo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gmo.wire.JobCd;
import com.orderdesk.shared.ShopTime;

/**
 * Which AlterTran a cancel becomes, by Japan business date (seed 001, 「キャンセル」):
 * <ul>
 *   <li>取消 ({@code VOID}) on the day of the authorization, or of the capture once captured;</li>
 *   <li>返品 ({@code RETURN}) later: for an authorization any later day, for a capture later in
 *       the capture's month;</li>
 *   <li>月跨返品 ({@code RETURNX}) for a capture cancelled in a later month.</li>
 * </ul>
 */
final class GmoCancelPolicy {

    private GmoCancelPolicy() {
    }

    static Decision decide(GatewayPaymentState payment, Instant now) {
        LocalDate today = ShopTime.dateOf(now);
        boolean captured = payment.status() == PaymentStatus.CAPTURED
                || payment.status() == PaymentStatus.PARTIALLY_REFUNDED;
        Instant since = captured && payment.capturedAt() != null ? payment.capturedAt() : payment.authorizedAt();
        if (since == null || ShopTime.dateOf(since).equals(today)) {
            return new Decision(JobCd.VOID, OperationKind.VOID);
        }
        if (captured && YearMonth.from(today).isAfter(YearMonth.from(ShopTime.dateOf(since)))) {
            return new Decision(JobCd.RETURNX, OperationKind.CROSS_MONTH_RETURN);
        }
        return new Decision(JobCd.RETURN, OperationKind.RETURN);
    }

    /** The AlterTran JobCd to send and the kind to report. */
    record Decision(JobCd jobCd, OperationKind kind) {
    }
}
