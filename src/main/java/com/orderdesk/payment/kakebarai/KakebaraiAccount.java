package com.orderdesk.payment.kakebarai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.payment.kakebarai.wire.KakebaraiCredentials;
import com.orderdesk.shared.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The kakebarai settings (manual 「アドオンの設定」 / 「詳細設定」): credentials {@value #TRADER_CODE}
 * (加盟店コード, 9 digits) and {@value #PASSWORD} (stored encrypted by the settings store, like every
 * credential, and never logged), the environment (the settings' TEST / PRODUCTION; SANDBOX is the
 * built-in simulator), and the options {@value ProductCodes#OPTION} (NONE 「連携しない」 / FIRST_TEN),
 * {@value #ONLY_GROUP_MEMBERS} (「クロネコ掛け払い取引先ユーザーグループのお客様のみ使用可能」) and
 * {@value #BUYER_GROUP} (the customer group code of 「クロネコ掛け払い取引先」, default
 * {@value #DEFAULT_BUYER_GROUP}). Base URLs: {@value #PRODUCTION_URL} and {@value #TEST_URL} (fact sheet).
 */
final class KakebaraiAccount {

    static final String TRADER_CODE = "traderCode";
    static final String PASSWORD = "password";
    static final String ONLY_GROUP_MEMBERS = "onlyGroupMembers";
    static final String BUYER_GROUP = "buyerGroup";
    static final String DEFAULT_BUYER_GROUP = "kakebarai";

    static final String PRODUCTION_URL = "https://yamato-credit-finance.jp/kuroneko-anshin";
    static final String TEST_URL = "https://demo.yamato-credit-finance.jp/kuroneko-anshin";

    /** What the built-in simulator accepts. */
    static final Map<String, String> SANDBOX = Map.of(TRADER_CODE, "999999999", PASSWORD, "sandboxpass");

    private KakebaraiAccount() {
    }

    /** @throws ProviderNotConfigured when a credential is missing or the 加盟店コード is not 9 digits */
    static KakebaraiCredentials credentials(ProviderSettings settings) {
        String code = settings.credential(TRADER_CODE);
        if (!KakebaraiCredentials.TRADER_CODE.matcher(code).matches()) {
            throw new ProviderNotConfigured("the kakebarai 加盟店コード (credential " + TRADER_CODE + ") must be 9 digits");
        }
        return new KakebaraiCredentials(code, settings.credential(PASSWORD));
    }

    static ProductCodes productCodes(ProviderSettings settings) {
        try {
            return ProductCodes.of(settings.option(ProductCodes.OPTION));
        } catch (IllegalArgumentException e) {
            throw new ProviderNotConfigured("option " + ProductCodes.OPTION + " must be NONE or FIRST_TEN");
        }
    }

    static boolean onlyGroupMembers(ProviderSettings settings) {
        return settings.flag(ONLY_GROUP_MEMBERS);
    }

    static String buyerGroup(ProviderSettings settings) {
        String group = settings.option(BUYER_GROUP);
        return group == null || group.isBlank() ? DEFAULT_BUYER_GROUP : group.strip();
    }

    /** The provider's test buyers exist only in its test environment (and in the simulator, which plays it). */
    static boolean testEnvironment(ProviderSettings settings) {
        return settings.environment() != Environment.PRODUCTION;
    }

    /** The settings rules (400 naming the field). */
    static List<FieldError> check(Map<String, String> options, Map<String, @Nullable String> credentials) {
        List<FieldError> errors = new ArrayList<>();
        String code = credentials.get(TRADER_CODE);
        if (code != null && !code.isEmpty() && !KakebaraiCredentials.TRADER_CODE.matcher(code).matches()) {
            errors.add(new FieldError("credentials." + TRADER_CODE, "the 加盟店コード must be exactly 9 digits"));
        }
        String products = options.get(ProductCodes.OPTION);
        if (products != null && !products.isBlank() && !List.of("NONE", "FIRST_TEN").contains(products.strip())) {
            errors.add(new FieldError("options." + ProductCodes.OPTION,
                    "must be NONE (連携しない) or FIRST_TEN (cut after the first 10 characters)"));
        }
        String only = options.get(ONLY_GROUP_MEMBERS);
        if (only != null && !List.of("true", "false").contains(only.strip())) {
            errors.add(new FieldError("options." + ONLY_GROUP_MEMBERS, "must be true or false"));
        }
        return errors;
    }
}
