package com.orderdesk.payment.kakebarai;

import java.util.Optional;

/**
 * The add-on's product-code setting (商品コード, manual 詳細設定): {@link #NONE} 「連携しない」 sends no
 * {@code shohinCode}; {@link #FIRST_TEN} 「商品コードが10文字を超える場合、頭から超えている値を切る」 sends
 * codes longer than 10 characters cut <em>after</em> their first 10 characters: counted from the head,
 * what goes beyond the tenth character is dropped, so {@code TEA-GREEN-0001} goes as {@code TEA-GREEN-}.
 * This is the one place OrderDesk shortens a value, because the manual's setting asks for it.
 */
enum ProductCodes {
    NONE,
    FIRST_TEN;

    static final String OPTION = "productCode";

    Optional<String> apply(String code) {
        if (this == NONE || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(code.length() > KakebaraiOrderRegistration.PRODUCT_CODE_LENGTH
                ? code.substring(0, KakebaraiOrderRegistration.PRODUCT_CODE_LENGTH) : code);
    }

    /** @throws IllegalArgumentException for a value other than NONE / FIRST_TEN */
    static ProductCodes of(@org.jspecify.annotations.Nullable String option) {
        if (option == null || option.isBlank()) {
            return NONE;
        }
        return ProductCodes.valueOf(option.strip());
    }
}
