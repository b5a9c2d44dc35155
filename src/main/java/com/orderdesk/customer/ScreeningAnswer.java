package com.orderdesk.customer;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the screening provider answered.
 *
 * @param outcome whether it answered, refused the request, or could not be asked
 * @param status the provider's status text exactly as it came (screening: e.g. ご利用可; availability:
 *        e.g. 利用可), null when it gave none
 * @param approved the status means the buyer may pay (an unknown text is never approved)
 * @param settled the status is final: polling stops
 * @param errorCode the provider's error code, verbatim
 * @param message a readable explanation for operators
 * @param details further provider facts worth showing (credit line, used amount)
 */
public record ScreeningAnswer(Outcome outcome, @Nullable String status, boolean approved, boolean settled,
        @Nullable String errorCode, @Nullable String message, Map<String, String> details) {

    public enum Outcome {
        ANSWERED,
        REFUSED,
        UNREACHABLE
    }

    public ScreeningAnswer {
        details = Map.copyOf(details);
    }

    public static ScreeningAnswer refused(String errorCode, String message) {
        return new ScreeningAnswer(Outcome.REFUSED, null, false, false, errorCode, message, Map.of());
    }

    public static ScreeningAnswer unreachable(String message) {
        return new ScreeningAnswer(Outcome.UNREACHABLE, null, false, false, null, message, Map.of());
    }
}
