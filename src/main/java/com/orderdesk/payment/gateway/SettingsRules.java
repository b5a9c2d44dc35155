package com.orderdesk.payment.gateway;

import java.util.List;
import java.util.Map;

import com.orderdesk.shared.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Extra rules of an adapter for its provider settings (kakebarai: a 9-digit 加盟店コード, the
 * product-code option), checked when an operator saves them; a broken rule is a 400 naming
 * {@code options.<name>} or {@code credentials.<name>}.
 */
public interface SettingsRules {

    /**
     * @param environment the environment being saved
     * @param options the options as they will be stored
     * @param credentials the credentials sent: a null value keeps the stored one and is not checked
     * @return every broken rule, never null
     */
    List<FieldError> check(ProviderSettings.Environment environment, Map<String, String> options,
            Map<String, @Nullable String> credentials);
}
