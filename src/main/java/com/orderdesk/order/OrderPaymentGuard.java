package com.orderdesk.order;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the order's payment must agree to, asked by order (and shipping) before a change is
 * written: implemented by payment, which depends on order (the {@link OrderCheck} technique), so
 * that order never names a provider. Implementations must not change state or call a provider.
 */
public interface OrderPaymentGuard {

    /** The values the order list's {@code paymentStatus} filter accepts. Never null. */
    List<String> paymentStatuses();

    /**
     * Why the order may not move to {@code target} now because its payment cannot follow (a paid
     * convenience-store payment cannot be cancelled; an unpaid one may not ship). Empty when it may.
     *
     * @param refundOutside the operator chose to cancel anyway and record the refund outside OrderDesk
     */
    Optional<String> statusChangeRefusal(Order order, OrderStatus target, boolean refundOutside);

    /**
     * The provider's word for each order's current payment, in its manual's terms (仮売上, 実売上,
     * 未入金, 入金済み, 金額不一致, カード未決済 …), by order number; orders without one are absent.
     */
    Map<String, String> statusWords(Collection<String> orderNumbers);

    /** Warnings to record when the order moves to {@code target} although its payment is not settled. */
    List<String> statusChangeWarnings(Order order, OrderStatus target);

    /**
     * Why changing the buyer's details (購入者情報) of this order needs the operator's confirmation,
     * because its payment stays bound to the buyer who authorized it and nothing OrderDesk changes
     * reaches the provider (a deferred payment bills that buyer). Empty when a change is harmless.
     */
    default Optional<String> buyerChangeCaution(Order order) {
        return Optional.empty();
    }
}
