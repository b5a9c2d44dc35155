package com.orderdesk.payment.internal.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the credential cipher from {@code orderdesk.secret-key} and the retired keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProviderSettingsProperties.class, SecretKeyProperties.class,
        ProviderSettingsCacheProperties.class})
class ProviderSettingsConfiguration {

    @Bean
    SecretCipher secretCipher(SecretKeyProperties key, ProviderSettingsProperties properties) {
        return new SecretCipher(key.secretKey(), properties.retiredKeys());
    }
}
