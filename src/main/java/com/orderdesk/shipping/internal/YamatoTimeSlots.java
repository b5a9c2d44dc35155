package com.orderdesk.shipping.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yamato's delivery time slots (配達時間帯). Turns an order's wished time slot, as shops store it ({@code 0812}, {@code 午前中},
 * {@code 14-16}, {@code 14時～16時}, {@code 14:00-16:00}), into B2's 配達時間帯 code. Only the
 * post-2017 codes exist; 1214 and 2021 belong to the old layout and are refused.
 */
public final class YamatoTimeSlots {

    public static final Set<String> CODES = Set.of("0812", "1416", "1618", "1820", "1921");
    private static final Pattern HOUR = Pattern.compile("(\\d{1,2})(?::\\d{2})?");

    private YamatoTimeSlots() {
    }

    /** The B2 code, or empty when the slot names no B2 time slot. */
    public static Optional<String> code(String slot) {
        String text = Normalizer.normalize(slot, Normalizer.Form.NFKC).strip();
        if (text.contains("午前")) {
            return Optional.of("0812");
        }
        if (CODES.contains(text)) {
            return Optional.of(text);
        }
        List<Integer> hours = new ArrayList<>();
        Matcher matcher = HOUR.matcher(text);
        while (matcher.find()) {
            hours.add(Integer.parseInt(matcher.group(1)));
        }
        if (hours.size() != 2) {
            return Optional.empty();
        }
        String code = String.format("%02d%02d", hours.get(0), hours.get(1));
        return CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
