package com.orderdesk.order;

import java.util.Set;
import java.util.UUID;

/**
 * Finds orders by a reference another module keeps (a payment provider's transaction id, a
 * tracking number), for the order list's reference filter. Implemented by those modules.
 */
public interface OrderReferenceFinder {

    /** Ids of the orders that carry this reference; empty when none. Never null. */
    Set<UUID> orderIdsByReference(String reference);
}
