package com.orderdesk.payment.gmo;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.OperationKind;
import org.jspecify.annotations.Nullable;

/**
 * Maps GMO-PG's transaction {@code Status} words (SearchTrade, result notification) to the unified
 * status. Card words come from the fact sheet; the words of other pay types (PAYFAIL, EXPIRED, …)
 * are mapped too since a shop's notification URL receives them. An unmapped word gives null:
 * the core keeps the payment as it is and shows GMO's word verbatim.
 */
final class GmoStatusMapper {

    private GmoStatusMapper() {
    }

    static @Nullable PaymentStatus status(@Nullable String gmoStatus) {
        if (gmoStatus == null) {
            return null;
        }
        return switch (gmoStatus) {
            // Entered but not executed, or waiting for the 3-D Secure challenge.
            case "UNPROCESSED", "AUTHENTICATED", "REQSUCCESS" -> PaymentStatus.PENDING;
            case "AUTH", "SAUTH" -> PaymentStatus.AUTHORIZED;
            case "CAPTURE", "SALES" -> PaymentStatus.CAPTURED;
            case "VOID", "RETURN", "RETURNX", "CANCEL" -> PaymentStatus.CANCELLED;
            case "PAYSUCCESS" -> PaymentStatus.PAID;
            case "PAYFAIL" -> PaymentStatus.FAILED;
            case "EXPIRED" -> PaymentStatus.EXPIRED;
            // CHECK is a card validity check without money; nothing to map it to.
            default -> null;
        };
    }

    /**
     * The words of CraftCart's GMO-PG manual (仮売上, 実売上, 取消, 返品, 月跨返品, カード未決済) for GMO's status
     * code, or for the unified status when GMO gave none; null when the manual has no word.
     */
    static @Nullable String manualWord(PaymentStatus status, @Nullable String gmoStatus) {
        if (gmoStatus != null) {
            String word = switch (gmoStatus) {
                case "AUTH", "SAUTH" -> "仮売上";
                case "CAPTURE", "SALES" -> status == PaymentStatus.PARTIALLY_REFUNDED ? "実売上 (一部返金)" : "実売上";
                case "VOID" -> "取消";
                case "RETURN" -> "返品";
                case "RETURNX" -> "月跨返品";
                default -> null;
            };
            if (word != null) {
                return word;
            }
        }
        return switch (status) {
            case AUTHORIZED -> "仮売上";
            case CAPTURED -> "実売上";
            case PARTIALLY_REFUNDED -> "実売上 (一部返金)";
            case REFUNDED -> "返品";
            case CANCELLED -> "取消";
            // A subscription order whose authorization failed: the manual's カード未決済.
            case FAILED -> "カード未決済";
            default -> null;
        };
    }

    /** The operation GMO last performed, as far as its status word tells. */
    static @Nullable OperationKind lastOperation(@Nullable String gmoStatus) {
        if (gmoStatus == null) {
            return null;
        }
        return switch (gmoStatus) {
            case "AUTH", "SAUTH" -> OperationKind.AUTHORIZE;
            case "CAPTURE" -> OperationKind.AUTHORIZE_AND_CAPTURE;
            case "SALES" -> OperationKind.CAPTURE;
            case "VOID" -> OperationKind.VOID;
            case "RETURN" -> OperationKind.RETURN;
            case "RETURNX" -> OperationKind.CROSS_MONTH_RETURN;
            default -> null;
        };
    }
}
