package com.orderdesk.payment.gmo;

import java.util.List;

import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.shared.UnprocessableRequest;

/**
 * GMO-PG refused a stored-card request (422): the problem carries GMO's codes verbatim and the
 * readable message, so the operator sees {@code 42G020000} and what it means.
 */
class GmoRequestRefused extends UnprocessableRequest {

    GmoRequestRefused(String api, GmoReply reply) {
        super("gmo-pg-error", "GMO-PG refused " + api + ": " + reply.errorMessage(), List.of());
        with("provider", "gmo-pg");
        with("providerCode", reply.errorCodes());
    }
}
