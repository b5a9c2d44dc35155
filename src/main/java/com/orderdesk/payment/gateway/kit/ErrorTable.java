package com.orderdesk.payment.gateway.kit;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A provider's table of error codes and what they mean, in the provider's (or its manual's)
 * words, so that operators read {@code kaara049E 決済金額総計:指定桁数(6桁)以内であること} instead of a
 * bare code. A code the table does not hold is shown as it came, marked as unknown, never guessed.
 */
public final class ErrorTable {

    private final String provider;
    private final Map<String, String> meanings;

    /**
     * @param provider the provider's name, for codes the table does not hold
     * @param meanings code → meaning
     */
    public ErrorTable(String provider, Map<String, String> meanings) {
        this.provider = provider;
        this.meanings = Map.copyOf(meanings);
    }

    public Optional<String> meaning(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(meanings.get(code));
    }

    public boolean knows(@Nullable String code) {
        return meaning(code).isPresent();
    }

    /** {@code code meaning}, or the code with a note that the table does not know it. */
    public String describe(@Nullable String code) {
        if (code == null) {
            return provider + " gave no error code";
        }
        return meaning(code).map(meaning -> code + " " + meaning)
                .orElse(code + " (not in OrderDesk's " + provider + " error table)");
    }
}
