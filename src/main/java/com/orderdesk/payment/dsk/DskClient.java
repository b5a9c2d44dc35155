package com.orderdesk.payment.dsk;

import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.dsk.wire.DskReply;
import com.orderdesk.payment.dsk.wire.DskRequest;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one DSK call ({@code <baseUrl><path>}, a {@link DskForm}) through the kit's resilient client
 * (instance {@value #INSTANCE}); only {@link DskRequest#safeToRepeat()} calls (status query,
 * registration: DSK detects a repeated orderid) are retried. DSK error replies ({@code result}
 * -1/-2/-99/…) are returned, not thrown.
 */
class DskClient {

    static final String INSTANCE = "dsk";

    private static final Logger log = LoggerFactory.getLogger(DskClient.class);

    private final ProviderHttpClient http;

    DskClient(ProviderHttpClient http) {
        this.http = http;
    }

    /**
     * Sends the request and returns DSK's reply (which may be an error reply).
     *
     * @throws ProviderTransportFailure when there is no DSK reply
     * @throws com.orderdesk.payment.gateway.RequestNotSendable when a value cannot travel in DSK's charset
     */
    DskReply send(String baseUrl, DskRequest request) {
        String url = baseUrl.replaceAll("/+$", "") + request.path();
        DskReply reply = http.post(new ProviderHttpClient.Call(url, request.name(), DskForm.CONTENT_TYPE,
                DskForm.encode(request.form()), request.safeToRepeat(), () -> DskForm.masked(request.form())),
                body -> DskReply.parse(body, request.layout()));
        if (!reply.succeeded()) {
            log.info("DSK {} answered {}", request.name(), reply.describe());
        }
        return reply;
    }
}
