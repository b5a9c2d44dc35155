package com.orderdesk.payment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The payment error log across payments (Welcart's 決済エラーログ): every provider call that ended
 * declined, failed or unknown, newest first, with the provider's code and message, and the calls
 * still unresolved (sent with no known outcome, or unknown and not yet reconciled) — the
 * operations log is OrderDesk's 決済直前ログ, written before each call.
 */
public interface PaymentErrorLog {

    /**
     * @param provider only this provider's calls (its code name, e.g. {@code KURONEKO_ATOBARAI}); null for all
     * @param page zero-based page of the errors
     * @param size errors per page (1–200)
     */
    Page errors(@Nullable String provider, int page, int size);

    /** One provider call that did not succeed. */
    record Entry(Instant at, String orderNumber, String provider, String kind, String outcome,
            @Nullable String providerCode, @Nullable String message, boolean resolved) {
    }

    /** One call whose outcome is not known yet. */
    record Unresolved(Instant startedAt, String orderNumber, String provider, String kind, long amount,
            @Nullable String outcome) {
    }

    /**
     * @param errorCount all errors matching the filter
     * @param unresolvedCount the calls still unresolved (shown until reconciliation or an operator settles them)
     */
    record Page(long errorCount, long unresolvedCount, int page, int size, List<Entry> errors, List<Unresolved> unresolved) {
    }
}
