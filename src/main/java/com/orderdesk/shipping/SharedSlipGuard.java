package com.orderdesk.shipping;

import java.util.Optional;

/**
 * Extension point for modules above shipping (payment) whose rules limit how many orders one slip
 * may cover (Kuroneko atobarai: at most three per 送り状番号, {@code kaasl045E}). Shipping cannot
 * depend on payment, so payment implements this, as it does {@link ShipmentAmendmentGuard}. Every
 * bean is asked inside the registration's transaction, before anything is written, whenever a
 * slip would cover more than one order; a refusal stops the registration with its reason (409).
 * Implementations must not change state or call a provider.
 */
public interface SharedSlipGuard {

    /** Why the slip may not cover these orders; empty when it may. Never null. */
    Optional<String> refusal(SharedSlip slip);
}
