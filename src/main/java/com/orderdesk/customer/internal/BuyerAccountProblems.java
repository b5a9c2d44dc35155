package com.orderdesk.customer.internal;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.StateConflict;
import com.orderdesk.shared.UnprocessableRequest;

/** The refusals of buyer accounts, each a problem response. */
public final class BuyerAccountProblems {

    private BuyerAccountProblems() {
    }

    /** The customer has no buyer account (404). */
    public static class NoBuyerAccount extends NotFound {
        public NoBuyerAccount(String customerId) {
            super("Buyer account of customer", customerId);
        }
    }

    /** The customer is a buyer already and its screening is not open to a new application (409). */
    public static class BuyerAccountExists extends StateConflict {
        public BuyerAccountExists(String buyerId, String status) {
            super("buyer-account-exists", "Buyer account exists", "the customer is buyer " + buyerId
                    + " already (screening status " + status + "); a new application is taken only after 申込不備");
        }
    }

    /** The provider refused the application (422), with its code and reason. */
    public static class ApplicationRefused extends UnprocessableRequest {
        public ApplicationRefused(String errorCode, String message) {
            super("buyer-application-refused", "the screening provider refused the application: " + message,
                    List.of(new FieldError("application", errorCode + " " + message)));
        }
    }

    /** No screening provider could be asked (503); nothing was stored. */
    public static class ScreeningUnavailable extends ProblemException {
        public ScreeningUnavailable(String reason) {
            super(503, "buyer-screening-unavailable", "Buyer screening unavailable", reason + "; nothing was stored, try later");
        }
    }
}
