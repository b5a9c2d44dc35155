package com.orderdesk.payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Names a payment provider: a stable {@link #name()} (stored in the database and in JSON, e.g.
 * {@code GMO_PG}), a {@link #slug()} for URLs ({@code gmo-pg}) and a {@link #displayName()} for
 * operators.
 *
 * <p>An open value type rather than an enum, so that an adapter declares its own code inside its
 * package ({@link #declare}) and a test double declares a code no real provider has. Equality is by
 * name only, so a value read from the database equals the declared constant. A code is known once
 * the class declaring it is loaded: each adapter's gateway bean returns its package's constant
 * (e.g. {@code payment.gmo.GmoProvider.CODE}), so every adapter's code is declared once the
 * application has started.
 */
public final class ProviderCode implements Comparable<ProviderCode> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Map<String, Declaration> DECLARED = new LinkedHashMap<>();


    private record Declaration(ProviderCode code, String slug, String displayName) {
    }

    private final String name;

    private ProviderCode(String name) {
        this.name = name;
    }

    /**
     * Declares a provider (an adapter's constant). Declaring the same code again with the same slug
     * and display name returns it; a clash of name or slug with a different declaration fails.
     */
    public static ProviderCode declare(String name, String slug, String displayName) {
        requireName(name);
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("a provider slug is lower-case letters, digits and '-': " + slug);
        }
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("provider " + name + " needs a display name");
        }
        synchronized (DECLARED) {
            Declaration existing = DECLARED.get(name);
            if (existing != null) {
                if (existing.slug().equals(slug) && existing.displayName().equals(displayName)) {
                    return existing.code();
                }
                throw new IllegalStateException("provider " + name + " is already declared as " + existing.slug());
            }
            DECLARED.values().stream().filter(other -> other.slug().equals(slug)).findFirst().ifPresent(other -> {
                throw new IllegalStateException("slug " + slug + " already names provider " + other.code().name);
            });
            ProviderCode code = new ProviderCode(name);
            DECLARED.put(name, new Declaration(code, slug, displayName));
            return code;
        }
    }

    /**
     * The declared provider of that name (JSON, request parameters).
     *
     * @throws IllegalArgumentException when no provider of that name is declared
     */
    @JsonCreator
    public static ProviderCode valueOf(String name) {
        return declaration(name).map(Declaration::code)
                .orElseThrow(() -> new IllegalArgumentException("unknown payment provider " + name
                        + " (known: " + String.join(", ", values().stream().map(ProviderCode::name).toList()) + ")"));
    }

    /**
     * The provider of a stored name, declared or not: a payment whose adapter was removed still
     * loads (its slug and display name then fall back to the name).
     */
    public static ProviderCode stored(String name) {
        return declaration(name).map(Declaration::code).orElseGet(() -> new ProviderCode(requireName(name)));
    }

    public static Optional<ProviderCode> fromSlug(String slug) {
        synchronized (DECLARED) {
            return DECLARED.values().stream().filter(declared -> declared.slug().equals(slug))
                    .map(Declaration::code).findFirst();
        }
    }

    /** Every declared provider, in name order (declaration order follows class loading, so is not stable). */
    public static List<ProviderCode> values() {
        synchronized (DECLARED) {
            return new ArrayList<>(DECLARED.values().stream().map(Declaration::code).sorted().toList());
        }
    }

    @JsonValue
    public String name() {
        return name;
    }

    public String slug() {
        return declaration(name).map(Declaration::slug).orElseGet(() -> name.toLowerCase().replace('_', '-'));
    }

    /** How operators know the provider, as written into order histories. */
    public String displayName() {
        return declaration(name).map(Declaration::displayName).orElse(name);
    }

    private static Optional<Declaration> declaration(String name) {
        synchronized (DECLARED) {
            return Optional.ofNullable(DECLARED.get(name));
        }
    }

    private static String requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a provider name is upper-case letters, digits and '_': " + name);
        }
        return name;
    }

    @Override
    public int compareTo(ProviderCode other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderCode code && code.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
