package com.orderdesk.payment.internal.settings;

import org.springframework.data.jpa.repository.JpaRepository;

/** Saved provider settings by {@code ProviderCode} name. */
interface StoredProviderSettingsRepository extends JpaRepository<StoredProviderSettings, String> {
}
