package com.orderdesk.payment;

import java.util.Arrays;
import java.util.Optional;

/** The five payment providers OrderDesk speaks to; {@link #slug()} names them in URLs. */
public enum ProviderCode {
    GMO_PG("gmo-pg", "GMO-PG"),
    DSK("dsk", "DSK"),
    PAYGENT_PAIDY("paygent-paidy", "Paygent/Paidy"),
    KURONEKO_ATOBARAI("kuroneko-atobarai", "クロネコ代金後払い"),
    KURONEKO_KAKEBARAI("kuroneko-kakebarai", "クロネコ掛け払い");

    private final String slug;
    private final String displayName;

    ProviderCode(String slug, String displayName) {
        this.slug = slug;
        this.displayName = displayName;
    }

    public String slug() {
        return slug;
    }

    /** How operators know the provider, as written into order histories. */
    public String displayName() {
        return displayName;
    }

    public static Optional<ProviderCode> fromSlug(String slug) {
        return Arrays.stream(values()).filter(code -> code.slug.equals(slug)).findFirst();
    }
}
