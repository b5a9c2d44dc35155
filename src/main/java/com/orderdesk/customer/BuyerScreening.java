package com.orderdesk.customer;

import java.util.Optional;
import java.util.UUID;

/**
 * The port through which buyer accounts reach the provider that screens B2B buyers (implemented by
 * a payment adapter; customer knows no provider). Every method calls the provider at most once and
 * never throws for the provider's answers or transport failures: it says what happened in the
 * {@link ScreeningAnswer}.
 */
public interface BuyerScreening {

    /** The buyer id the provider will know this customer by (at most 20 characters). Never null. */
    String buyerIdFor(UUID customerId);

    /**
     * A buyer the provider's test environment already knows for this e-mail address (the provider's
     * test buyers), only while the shop runs against the test environment; empty otherwise.
     */
    Optional<String> presetBuyerId(String email);

    /** Sends the application for screening. */
    ScreeningAnswer apply(String buyerId, BuyerApplication application);

    /** Asks for the buyer's screening status. */
    ScreeningAnswer screeningStatus(String buyerId);

    /** Asks whether the buyer may pay now (usage / availability). */
    ScreeningAnswer availability(String buyerId);
}
