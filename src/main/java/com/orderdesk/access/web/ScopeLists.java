package com.orderdesk.access.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The {@code scopes} field of a key or token request: absent for all, never empty, each one known. */
final class ScopeLists {

    private ScopeLists() {
    }

    /** @throws InvalidInput naming {@code scopes} when empty, or {@code scopes[i]} for each unknown value */
    static <E extends Enum<E>> Set<E> parse(@Nullable List<String> values, Class<E> type,
            Function<String, Optional<E>> lookup, String allValues) {
        if (values == null) {
            return EnumSet.allOf(type);
        }
        if (values.isEmpty()) {
            throw new InvalidInput("scopes", "must name at least one of " + allValues + " (leave it out for all of them)");
        }
        Set<E> parsed = EnumSet.noneOf(type);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            lookup.apply(String.valueOf(values.get(i))).ifPresentOrElse(parsed::add, () -> errors.add(
                    new FieldError("scopes[" + index + "]", "is no scope; one of " + allValues)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return parsed;
    }
}
