package com.orderdesk.payment.gateway;

import java.util.Map;
import java.util.UUID;

/**
 * Extra flow of adapters whose shopper completes a review step with an input (atobarai's SMS code,
 * KAASA0020). The answer tells the core what happened:
 * <ul>
 *   <li>SUCCEEDED with status AUTHORIZED: the review passed;</li>
 *   <li>DECLINED with no status: the input was wrong, the payment stays under review (the core
 *       counts the attempt against {@link ReviewPolicy#maxAttempts()});</li>
 *   <li>DECLINED with status FAILED: the provider ended the review (its own attempt limit, expiry);</li>
 *   <li>FAILED / UNKNOWN as for every call ({@link PaymentGateway}).</li>
 * </ul>
 */
public interface ReviewStep extends ReviewFlow {

    GatewayResult completeReviewStep(ReviewStepRequest request);

    /**
     * Which failure an answer that ended the review (DECLINED with status FAILED) is: the provider's
     * code expiry is a {@link Failure#TIMED_OUT}, its own attempt limit {@link Failure#TOO_MANY_ATTEMPTS},
     * the shopper leaving {@link Failure#ABANDONED}. The failure decides whether the order is cancelled
     * ({@link ReviewPolicy#cancelsOrder()}). {@link Failure#DECLINED} unless the adapter knows better.
     */
    default Failure endingFailure(GatewayResult result) {
        return Failure.DECLINED;
    }

    /**
     * @param input what the shopper entered (e.g. {@code {"code": "1234"}}); may be secret, never logged
     */
    record ReviewStepRequest(GatewayPaymentState payment, UUID operationId, Map<String, String> input,
            ProviderSettings settings) {

        public ReviewStepRequest {
            input = Map.copyOf(input);
        }
    }
}
