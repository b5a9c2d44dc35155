package com.orderdesk.payment.gmo.wire;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One GMO-PG API call: the API word in the path and the form fields it posts. */
public interface GmoRequest {

    /** The API word, e.g. {@code EntryTran} for {@code /payment/EntryTran.idPass}. */
    String api();

    /** The form fields in GMO's spelling, in a stable order. Holds secrets: log only through {@link GmoForm#masked}. */
    Map<String, String> form();

    /**
     * Whether sending it twice cannot move money twice: look-ups, and EntryTran (a repeat is refused
     * with {@code E01040010}, which proves the first arrived). Only these are retried.
     */
    default boolean safeToRepeat() {
        return false;
    }

    /** Builds a form skipping absent values, as GMO treats a missing field and an empty one alike. */
    final class Fields {

        private final Map<String, String> fields = new LinkedHashMap<>();

        public Fields put(String name, @Nullable Object value) {
            if (value != null) {
                fields.put(name, value.toString());
            }
            return this;
        }

        public Map<String, String> build() {
            return fields;
        }
    }
}
