package com.orderdesk.payment.atobarai;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.orderdesk.payment.gateway.ProviderSettings;
import org.jspecify.annotations.Nullable;

/**
 * The atobarai settings the adapter reads, in the Welcart manual's terms (クロネコ代金後払いの設定):
 * credentials {@value #STORE_CODE} (加盟店コード, 11 digits) and {@value #PASSWORD} (パスワード, stored
 * encrypted like every provider credential), the environment (テスト環境 / 本番環境 is the settings'
 * environment), and the options below. The payment type (払込票タイプ / スマホタイプ) is an option of
 * the payment method, {@value #METHOD_TYPE}, because the manual has one payment method per type.
 */
final class AtobaraiAccount {

    static final String STORE_CODE = "ycfStrCode";
    static final String PASSWORD = "password";

    /** クロネコヤマト配送: the delivery-method codes that ship with Yamato (comma-separated). */
    static final String OPTION_YAMATO_DELIVERY_METHODS = "yamatoDeliveryMethods";
    /** 他社配送オプション: shipments by another carrier are reported with processDiv=2. */
    static final String OPTION_OTHER_CARRIER = "otherCarrier";
    /** スマホタイプ利用: the smartphone (SMS) type may be used. */
    static final String OPTION_SMARTPHONE = "smartphoneType";
    /** 出荷の期限(目安): days from the order to the planned shipment (shipYmd) when no delivery date is wished. */
    static final String OPTION_LEAD_DAYS = "shippingLeadDays";
    /** The manual's screenshot default for 出荷の期限(目安). */
    static final int DEFAULT_LEAD_DAYS = 10;

    /** Payment-method option: {@code INVOICE} (払込票タイプ, default) or {@code SMARTPHONE} (スマホタイプ). */
    static final String METHOD_TYPE = "atobaraiType";

    static final Map<String, String> SANDBOX = Map.of(STORE_CODE, "99999999999", PASSWORD, "sandbox1");

    private AtobaraiAccount() {
    }

    /** The payment types of the manual's 決済種別. */
    enum Type {
        /** 後払い払込票タイプ: the invoice is posted to the buyer. */
        INVOICE,
        /** 後払いスマホタイプ: the invoice arrives by SMS; the shopper confirms a code first. */
        SMARTPHONE;

        /** @throws IllegalArgumentException naming the option when the value is not a type */
        static Type of(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return INVOICE;
            }
            try {
                return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("payment-method option " + METHOD_TYPE + " must be INVOICE (払込票タイプ)"
                        + " or SMARTPHONE (スマホタイプ), not '" + value + "'");
            }
        }
    }

    static int leadDays(ProviderSettings settings) {
        String value = settings.option(OPTION_LEAD_DAYS);
        if (value == null || value.isBlank()) {
            return DEFAULT_LEAD_DAYS;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0 && days <= 90) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("provider option " + OPTION_LEAD_DAYS + " must be 0 to 90 days (is '" + value + "')");
    }

    static Set<String> yamatoDeliveryMethods(ProviderSettings settings) {
        String value = settings.option(OPTION_YAMATO_DELIVERY_METHODS);
        return value == null ? Set.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(code -> !code.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
