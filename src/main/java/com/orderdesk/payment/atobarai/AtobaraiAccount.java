package com.orderdesk.payment.atobarai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.shared.FieldError;
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

    /**
     * The settings' own rules, checked when an operator saves them: 加盟店コード 11 digits and パスワード
     * at most 8 letters or digits (fact sheet: every call carries them), 出荷の期限(目安) 0 to 90 days,
     * the two option switches true or false. A null credential keeps the stored one and is not checked.
     */
    static List<FieldError> check(Map<String, String> options, Map<String, @Nullable String> credentials) {
        List<FieldError> broken = new ArrayList<>();
        String code = credentials.get(STORE_CODE);
        if (code != null && !code.matches("\\d{11}")) {
            broken.add(new FieldError("credentials." + STORE_CODE, "the 加盟店コード is 11 digits"));
        }
        String password = credentials.get(PASSWORD);
        if (password != null && !password.matches("[0-9A-Za-z]{1,8}")) {
            broken.add(new FieldError("credentials." + PASSWORD, "the パスワード is 1 to 8 letters or digits"));
        }
        try {
            leadDays(options.get(OPTION_LEAD_DAYS));
        } catch (IllegalArgumentException e) {
            broken.add(new FieldError("options." + OPTION_LEAD_DAYS, "must be 0 to 90 days"));
        }
        for (String flag : List.of(OPTION_OTHER_CARRIER, OPTION_SMARTPHONE)) {
            String value = options.get(flag);
            if (value != null && !value.isBlank() && !value.strip().matches("(?i)true|false")) {
                broken.add(new FieldError("options." + flag, "must be true or false"));
            }
        }
        return broken;
    }

    static int leadDays(ProviderSettings settings) {
        return leadDays(settings.option(OPTION_LEAD_DAYS));
    }

    private static int leadDays(@Nullable String value) {
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

    /**
     * How an order's parcel travels for Yamato, from its delivery method and the setting
     * {@value #OPTION_YAMATO_DELIVERY_METHODS} (the manual's クロネコヤマト配送: 「チェックをいれた配送に関しては、
     * クロネコ代金後払いと判断されます」).
     */
    enum Delivery {
        /** A checked delivery method: captured only by a Yamato slip (送り状番号必須). */
        YAMATO,
        /** Any other delivery method while the list is set: 他社配送 (processDiv=2), which needs the option. */
        OTHER_CARRIER,
        /**
         * The list is empty, or the order has no delivery method. The manual is silent on this case
         * (its setting is "not needed" for shops that never ship with Yamato, yet shops that only
         * ship with Yamato leave it empty too in practice), so OrderDesk lets each shipment's carrier
         * decide, as before the setting was applied.
         */
        BY_SHIPMENT
    }

    static Delivery delivery(@Nullable String deliveryMethodCode, ProviderSettings settings) {
        Set<String> yamato = yamatoDeliveryMethods(settings);
        if (yamato.isEmpty() || deliveryMethodCode == null || deliveryMethodCode.isBlank()) {
            return Delivery.BY_SHIPMENT;
        }
        return yamato.contains(deliveryMethodCode.strip()) ? Delivery.YAMATO : Delivery.OTHER_CARRIER;
    }
}
