package com.orderdesk.payment.gateway;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;

/**
 * An adapter refused to send a request because a value cannot travel in the provider's format (a
 * character its charset cannot carry, a value its field cannot hold). Nothing left OrderDesk: the
 * core records the operation as not sent and the API answers 422 naming the field, instead of the
 * provider receiving a {@code ?} or a cut value.
 */
public class RequestNotSendable extends UnprocessableRequest {

    /**
     * @param provider the provider's display name
     * @param field the request field in OrderDesk's terms (e.g. {@code customer.name}) or, without one,
     *        the provider's field name
     * @param reason what is wrong with it, never the whole value when it may be a secret
     */
    public RequestNotSendable(String provider, String field, String reason) {
        super("provider-request-not-sendable", provider + " cannot be sent " + field + ": " + reason
                + "; nothing was sent", List.of(new FieldError(field, reason)));
    }
}
