package com.orderdesk.shipping;

import java.util.Optional;

/**
 * Extension point for modules above shipping (payment) that must agree before a registered
 * shipment changes or disappears: a capture-on-shipment provider that was told of the slip has to
 * be told again, and some cannot be (the invoice is out). Shipping cannot depend on payment, so
 * payment implements this, as it does {@link TrackingChangeAdvisor}. Every bean is asked inside the
 * change's transaction, before anything is written; a refusal stops the change with its reason
 * (409). Implementations must not change state or call a provider: the change itself is announced
 * afterwards by {@link ShipmentChanged} or {@link ShipmentDeleted}.
 */
public interface ShipmentAmendmentGuard {

    /** Why this change or deletion may not happen now; empty when it may. Never null. */
    Optional<String> refusal(ShipmentAmendment amendment);
}
