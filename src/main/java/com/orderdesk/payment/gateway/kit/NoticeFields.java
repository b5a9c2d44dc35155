package com.orderdesk.payment.gateway.kit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * Reading a notice's fields one way for every provider: a field that is present but unreadable
 * (an amount that is not a number, a date that is not one) rejects the notice as unreadable
 * instead of being taken as absent, so nothing is applied on a guess.
 */
public final class NoticeFields {

    private final String provider;
    private final Map<String, String> fields;

    public NoticeFields(String provider, Map<String, String> fields) {
        this.provider = provider;
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> all() {
        return fields;
    }

    /** The stripped value, or null when absent or blank. */
    public @Nullable String optional(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @throws NotificationRejected (unreadable) when absent or blank */
    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new NotificationRejected(provider + " notification without " + name, false);
        }
        return value;
    }

    /** Yen, or null when absent. @throws NotificationRejected when present but not a whole number */
    public @Nullable Long yen(String name) {
        String value = optional(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new NotificationRejected(provider + " notification with a non-numeric " + name, false);
        }
    }

    /**
     * A Japan-time timestamp in the provider's pattern, or null when absent.
     *
     * @throws NotificationRejected when present but unreadable
     */
    public @Nullable Instant japanTime(String name, DateTimeFormatter pattern) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, pattern).atZone(ShopTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new NotificationRejected(provider + " notification with an unreadable " + name, false);
        }
    }

    /** The named fields that are present, to keep as the payment's references. */
    public Map<String, String> keep(List<String> names) {
        Map<String, String> kept = new HashMap<>();
        for (String name : names) {
            String value = optional(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }
}
