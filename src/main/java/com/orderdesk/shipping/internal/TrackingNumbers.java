package com.orderdesk.shipping.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import com.orderdesk.shipping.Carrier;

/**
 * Tracking numbers (送り状番号 / お問い合せ番号) per carrier, as summarised in
 * {@code shared/providers/yamato-b2-csv.md}:
 * <ul>
 *   <li>Yamato and Sagawa: 12 digits, the last = the first 11 read as one number mod 7 ("7DR");</li>
 *   <li>Japan Post: 12 digits mod 7 (ゆうパック, ゆうパケット, レターパック, クリックポスト); 11 digits
 *       whose last = the first 10 mod 7 (書留, 特定記録); or 13 characters in UPU S10 form
 *       ({@code AA123456785JP}: 2 letters, 8 digits, a mod-11 check digit, {@code JP}) for
 *       international mail. The last two rest on weaker evidence (blogs, memory) and are assumptions;</li>
 *   <li>OTHER: 1-32 letters, digits and hyphens, no check.</li>
 * </ul>
 * Numbers are compared and stored normalised: full-width characters folded, hyphens and spaces removed,
 * letters upper-cased.
 */
public final class TrackingNumbers {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");
    private static final Pattern UPU_S10 = Pattern.compile("[A-Z]{2}\\d{9}JP");
    private static final Pattern OTHER = Pattern.compile("[A-Z0-9]{1,32}");
    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private TrackingNumbers() {
    }

    /** {@code "１２３４-5678 9013"} becomes {@code "123456789013"}. */
    public static String normalize(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐−ー]", "").toUpperCase();
    }

    /** Why a (normalised) number is not valid for the carrier, or empty when it is. */
    public static Optional<String> problem(Carrier carrier, String number) {
        return switch (carrier) {
            case YAMATO, SAGAWA -> TWELVE_DIGITS.matcher(number).matches()
                    ? checkMod7(number, 11)
                    : Optional.of("must be 12 digits (hyphens allowed)");
            case JAPAN_POST -> japanPost(number);
            case OTHER -> OTHER.matcher(number).matches() ? Optional.empty()
                    : Optional.of("must be 1-32 letters, digits and hyphens");
        };
    }

    /** Whether the 12-digit Yamato number's check digit is right (B2 import and tests use it). */
    public static boolean isValidYamato(String number) {
        return problem(Carrier.YAMATO, number).isEmpty();
    }

    /** Completes 11 digits with the mod-7 check digit, as Yamato, Sagawa and Japan Post do. */
    static String withCheckDigit(String body) {
        return body + (Long.parseLong(body) % 7);
    }

    private static Optional<String> japanPost(String number) {
        if (TWELVE_DIGITS.matcher(number).matches()) {
            return checkMod7(number, 11);
        }
        if (ELEVEN_DIGITS.matcher(number).matches()) {
            return checkMod7(number, 10);
        }
        if (UPU_S10.matcher(number).matches()) {
            return s10CheckDigit(number.substring(2, 10)) == number.charAt(10) - '0' ? Optional.empty()
                    : Optional.of("has a wrong check digit (UPU S10)");
        }
        return Optional.of("must be 12 digits, 11 digits (書留) or an international number such as AA123456785JP");
    }

    private static Optional<String> checkMod7(String number, int bodyLength) {
        long expected = Long.parseLong(number.substring(0, bodyLength)) % 7;
        return number.charAt(bodyLength) - '0' == expected ? Optional.empty()
                : Optional.of("has a wrong check digit (the last digit must be " + expected + ")");
    }

    static int s10CheckDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }
}
