package com.orderdesk.payment.internal.settings;

import java.util.List;

import com.orderdesk.payment.ProviderCode;
import org.springframework.data.jpa.repository.JpaRepository;

/** The settings audit trail. */
interface ProviderSettingsChangeRepository extends JpaRepository<ProviderSettingsChange, Long> {

    List<ProviderSettingsChange> findByProviderOrderByChangedAtDescIdDesc(ProviderCode provider);
}
