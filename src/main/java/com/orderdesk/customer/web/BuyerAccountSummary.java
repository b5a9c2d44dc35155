package com.orderdesk.customer.web;

import java.time.Instant;
import java.util.Optional;

import com.orderdesk.customer.BuyerAccountView;
import org.jspecify.annotations.Nullable;

/**
 * The buyer account inside the customer JSON (admin and store): the buyer id, the screening status
 * in the provider's own words (ご利用可, 申込不備, …; null until it answered) and when it last changed or
 * was checked. The full account, with its calls, stays at {@code …/customers/{id}/kakebarai}.
 *
 * @param checkedAt when the provider's screening status was last asked (AN070), null until then
 * @param updatedAt the last screening check, else the application (the account keeps no separate
 *        modification time)
 */
record BuyerAccountSummary(String buyerId, @Nullable String screeningStatus, boolean approved,
        @Nullable Instant checkedAt, Instant updatedAt) {

    static @Nullable BuyerAccountSummary of(Optional<BuyerAccountView> account) {
        return account.map(view -> new BuyerAccountSummary(view.buyerId(), view.screeningStatus(), view.approved(),
                view.checkedAt(), view.checkedAt() != null && view.checkedAt().isAfter(view.appliedAt()) ? view.checkedAt()
                        : view.appliedAt())).orElse(null);
    }
}
