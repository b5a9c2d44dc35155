package com.orderdesk.shared;

/** Japanese phone numbers as shops take them: 10 to 11 digits, hyphens optional, an optional leading +. */
public final class PhoneNumbers {

    public static final String PATTERN = "^\\+?[0-9][0-9-]{8,18}[0-9]$";

    private PhoneNumbers() {
    }

    /**
     * Whether the number is a Japanese mobile number (060/070/080/090 and eight digits; +81 and
     * full-width digits accepted), the kind a provider can send an SMS to.
     */
    public static boolean isMobile(@org.jspecify.annotations.Nullable String number) {
        if (number == null) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        number.strip().codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                digits.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (c == '+') {
                digits.append('+');
            }
        });
        String normalized = digits.toString().startsWith("+81") ? "0" + digits.substring(3) : digits.toString();
        return normalized.matches("0[6-9]0[0-9]{8}");
    }
}
