package com.orderdesk.customer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer's buyer account as other modules and the APIs see it.
 *
 * @param buyerId the id the provider knows the buyer by (at most 20 characters)
 * @param screeningStatus the provider's screening words as they came (ご利用可, 申込不備, …); null
 *        until the provider answered
 * @param approved the screening status means the buyer may pay
 * @param settled the screening status is final (no more polling)
 * @param testBuyer linked to one of the provider's test buyers by e-mail (test environment only)
 * @param availability the last availability answer as it came (利用可, …), null if never asked
 * @param lastError the last refusal or failure, for operators
 */
public record BuyerAccountView(UUID customerId, String buyerId, @Nullable String screeningStatus, boolean approved,
        boolean settled, boolean testBuyer, Instant appliedAt, @Nullable Instant checkedAt,
        @Nullable Instant nextCheckAt, @Nullable String availability, @Nullable Instant availabilityCheckedAt,
        Map<String, String> details, @Nullable String lastError) {
}
