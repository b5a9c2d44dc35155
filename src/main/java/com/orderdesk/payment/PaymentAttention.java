package com.orderdesk.payment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Payments an operator must look at (要確認), and resolving them. A flag carries its reason and
 * cause; a provider-drift flag (a capture, cancel or refund done in the provider's own console)
 * refuses every money operation on the payment until an operator resolves it here. Resolving is
 * written to the order's history with the operator's reason.
 */
public interface PaymentAttention {

    /**
     * Flagged payments, longest waiting first, or every payment (newest first) when
     * {@code onlyFlagged} is false. Never null.
     *
     * @throws com.orderdesk.shared.InvalidInput for a negative page or a size outside 1..200
     */
    Page list(boolean onlyFlagged, int page, int size);

    /**
     * Clears the payment's flag with the operator's reason (400 naming {@code reason} when blank).
     *
     * @throws PaymentNotFound when no payment has this id
     * @throws com.orderdesk.shared.StateConflict when the payment is not flagged (409)
     */
    PaymentDetails resolve(UUID paymentId, @Nullable String reason);

    /** As {@link #resolve(UUID, String)} for the order's current payment. */
    PaymentDetails resolveCurrent(String orderNumber, @Nullable String reason);

    /**
     * One payment in the list.
     *
     * @param cause why it is flagged ({@code PROVIDER_DRIFT}, {@code UNKNOWN_OUTCOME}, {@code REVIEW}, {@code OTHER})
     * @param blocksOperations whether money operations wait for the operator
     */
    record Item(UUID paymentId, String orderNumber, int attempt, ProviderCode provider, PaymentStatus status,
            @Nullable String providerStatus, long amount, boolean needsAttention, @Nullable String reason,
            @Nullable String cause, boolean blocksOperations, @Nullable Instant since) {
    }

    record Page(List<Item> items, int page, int size, long totalElements) {

        @JsonProperty
        public long totalPages() {
            return size == 0 ? 0 : (totalElements + size - 1) / size;
        }
    }
}
