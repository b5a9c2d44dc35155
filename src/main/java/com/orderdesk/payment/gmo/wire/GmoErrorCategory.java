package com.orderdesk.payment.gmo.wire;

import java.util.List;

import com.orderdesk.payment.gmo.wire.GmoReply.GmoError;

/**
 * What a GMO-PG error answer means for the money, decided from the error table in
 * {@code shared/providers/gmo-pg.md}. The adapter turns it into the port's outcome.
 */
public enum GmoErrorCategory {

    /**
     * GMO refused the request itself: format ({@code E00}), input ({@code E01}), state ({@code E11}),
     * contract ({@code E61}), concurrent execution ({@code E82}), and card-network communication
     * failures ({@code 42C}, reported by GMO as not executed). Nothing happened.
     */
    REFUSED,

    /**
     * The card or the shopper's input to the card network is at fault: issuer declines ({@code 42G}),
     * token errors ({@code EX1}), card-number errors ({@code E41}), failed or cancelled 3-D Secure
     * ({@code E21}). Nothing was reserved; the shopper can try another card.
     */
    DECLINED,

    /** GMO is rate limiting ({@code E92}): nothing was done, try later. */
    BUSY,

    /**
     * GMO may have done it: a double submission still in flight ({@code E90010001}) or a GMO system
     * error / internal timeout ({@code E91}). Reconcile with SearchTrade.
     */
    OUTCOME_UNKNOWN;

    /**
     * The category of an answer with several errors: the most cautious one wins (declared order:
     * unknown beats busy beats declined beats refused).
     */
    public static GmoErrorCategory of(List<GmoError> errors) {
        GmoErrorCategory result = REFUSED;
        for (GmoError error : errors) {
            GmoErrorCategory category = of(error);
            if (category.ordinal() > result.ordinal()) {
                result = category;
            }
        }
        return result;
    }

    static GmoErrorCategory of(GmoError error) {
        String type = GmoErrorMessages.classOf(error);
        return switch (type) {
            case "42G", "EX1", "E41", "E21" -> DECLINED;
            case "E90", "E91" -> OUTCOME_UNKNOWN;
            case "E92" -> BUSY;
            default -> REFUSED;
        };
    }
}
