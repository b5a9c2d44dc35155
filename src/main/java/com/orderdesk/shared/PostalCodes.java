package com.orderdesk.shared;

import java.util.regex.Pattern;

/** Japanese postal codes (郵便番号): seven digits, accepted with or without the hyphen. */
public final class PostalCodes {

    public static final String PATTERN = "^\\d{3}-?\\d{4}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private PostalCodes() {
    }

    public static boolean isValid(String value) {
        return VALID.matcher(value).matches();
    }

    /** {@code 1500001} and {@code 150-0001} both become {@code 150-0001}. */
    public static String normalize(String value) {
        String digits = value.replace("-", "");
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }
}
