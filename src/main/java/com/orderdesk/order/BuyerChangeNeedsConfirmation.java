package com.orderdesk.order;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ProblemException;

/**
 * The edit changes the buyer's details (購入者情報) of an order whose payment is bound to the buyer
 * who authorized it (a deferred payment: the provider bills that buyer whatever OrderDesk shows),
 * and the operator has not confirmed it with {@code buyerChangeConfirmed}. Nothing was written.
 */
public class BuyerChangeNeedsConfirmation extends ProblemException {

    BuyerChangeNeedsConfirmation(String number, List<String> cautions) {
        super(409, "buyer-change-needs-confirmation", "Changing the buyer needs confirmation",
                "Order " + number + ": " + String.join("; ", cautions)
                        + ". Nothing was changed; send the edit again with buyerChangeConfirmed=true to keep it anyway.",
                List.of(new FieldError("buyerChangeConfirmed", "must be true to change the buyer's details: "
                        + String.join("; ", cautions))));
    }
}
