package com.orderdesk.payment.internal;

import java.util.List;
import java.util.Locale;

/**
 * Which provider references act as credentials (GMO's {@code AccessPass} addresses and authorizes
 * a transaction): named with one of {@link #WORDS}. One rule for both places it matters: views show
 * them masked and {@link Payment} keeps them encrypted at rest ({@link SealedReferenceConverter}).
 * Documented for adapters in the kit's package-info; a locator never names one.
 */
final class CredentialReferences {

    static final List<String> WORDS = List.of("pass", "secret", "token", "key", "password");

    private CredentialReferences() {
    }

    static boolean isCredential(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return WORDS.stream().anyMatch(lower::contains);
    }
}
