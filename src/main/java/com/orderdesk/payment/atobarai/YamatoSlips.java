package com.orderdesk.payment.atobarai;

/**
 * Yamato's 送り状番号 as atobarai takes it (KAASL0010 {@code paymentNo}): 12 digits whose last is the
 * first eleven, read as a number, modulo 7 ({@code kaasl014E} when it is not). Hyphens as printed
 * on the slip are dropped.
 */
final class YamatoSlips {

    private YamatoSlips() {
    }

    static String digits(String slip) {
        return slip.replace("-", "").strip();
    }

    static boolean valid(String slip) {
        String digits = digits(slip);
        if (!digits.matches("\\d{12}")) {
            return false;
        }
        long body = Long.parseLong(digits.substring(0, 11));
        return body % 7 == digits.charAt(11) - '0';
    }
}
