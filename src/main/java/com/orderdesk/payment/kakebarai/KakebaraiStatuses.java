package com.orderdesk.payment.kakebarai;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The status words of kakebarai, compared as raw text as the add-on does (fact sheet "Status
 * values"). Screening ({@code judgeStatus}, AN070): {@value #USABLE} approves; {@value #LIMIT_CHANGED}
 * (限度額変更) is read as approved too, because it reports a changed credit line of a buyer that was
 * approved (ASSUMED: the sheet lists the word without its meaning) and the per-order AN050 check
 * still decides; {@value #INCOMPLETE} (申込不備) waits for a corrected application; {@value #REFUSED}
 * and {@value #CANCELLED} are final refusals. Any other text is kept as it came, never approved,
 * and polled again. Availability ({@code useUsable}, AN050): only {@value #AVAILABLE} enables the method.
 */
final class KakebaraiStatuses {

    static final String USABLE = "ご利用可";
    static final String INCOMPLETE = "申込不備";
    static final String REFUSED = "ご利用不可";
    static final String CANCELLED = "取消";
    static final String LIMIT_CHANGED = "限度額変更";

    static final String AVAILABLE = "利用可";

    /** Local order words (the add-on's KB_1 / KB_2 and the shipment report); not returned by Yamato. */
    static final String REGISTERED = "登録";
    static final String ORDER_CANCELLED = "取消";
    static final String SHIPPED = "出荷登録済";

    private static final Set<String> APPROVED = Set.of(USABLE, LIMIT_CHANGED);
    private static final Set<String> FINAL = Set.of(USABLE, LIMIT_CHANGED, REFUSED, CANCELLED);

    private KakebaraiStatuses() {
    }

    static boolean approved(@Nullable String judgeStatus) {
        return judgeStatus != null && APPROVED.contains(judgeStatus);
    }

    static boolean settled(@Nullable String judgeStatus) {
        return judgeStatus != null && FINAL.contains(judgeStatus);
    }

    static boolean available(@Nullable String useUsable) {
        return AVAILABLE.equals(useUsable);
    }
}
