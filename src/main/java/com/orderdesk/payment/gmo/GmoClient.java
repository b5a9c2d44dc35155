package com.orderdesk.payment.gmo;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import com.orderdesk.payment.gmo.wire.GmoForm;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.GmoRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one GMO-PG API call ({@code <baseUrl>/payment/<Api>.idPass}, a {@link GmoForm}) through the
 * kit's resilient client (instance {@value #INSTANCE}); only {@link GmoRequest#safeToRepeat()} calls
 * are retried. GMO error answers ({@code ErrCode}) are returned, not thrown.
 */
class GmoClient {

    static final String INSTANCE = "gmo-pg";

    private static final Logger log = LoggerFactory.getLogger(GmoClient.class);

    private final ProviderHttpClient http;

    GmoClient(ProviderHttpClient http) {
        this.http = http;
    }

    /**
     * Sends the request and returns GMO's answer (which may be an error answer).
     *
     * @throws ProviderTransportFailure when there is no GMO answer
     * @throws com.orderdesk.payment.gateway.RequestNotSendable when a value cannot travel in GMO's charset
     */
    GmoReply send(String baseUrl, GmoRequest request) {
        String url = baseUrl.replaceAll("/+$", "") + "/payment/" + request.api() + ".idPass";
        GmoReply reply = http.post(new ProviderHttpClient.Call(url, request.api(), GmoForm.CONTENT_TYPE,
                GmoForm.encode(request.form()), request.safeToRepeat(), () -> GmoForm.masked(request.form())),
                body -> GmoReply.of(GmoForm.decode(body)));
        if (reply.failed()) {
            log.info("GMO-PG {} answered {}", request.api(), reply.errorCodes());
        }
        return reply;
    }
}
