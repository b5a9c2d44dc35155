package com.orderdesk.shared;

/** Japanese phone numbers as shops take them: 10 to 11 digits, hyphens optional, an optional leading +. */
public final class PhoneNumbers {

    public static final String PATTERN = "^\\+?[0-9][0-9-]{8,18}[0-9]$";

    private PhoneNumbers() {
    }
}
