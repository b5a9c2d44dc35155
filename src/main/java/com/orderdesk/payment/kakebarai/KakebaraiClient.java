package com.orderdesk.payment.kakebarai;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import com.orderdesk.payment.kakebarai.wire.KakebaraiForm;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import com.orderdesk.payment.kakebarai.wire.KakebaraiRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one kakebarai call ({@code <baseUrl>/AN0x0APIAction.action}) through the kit's resilient
 * client (instance {@value #INSTANCE}); only the reads (AN050, AN070) are retried after a lost
 * reply. Error replies ({@code returnCode} ≠ 0) are returned, not thrown.
 */
class KakebaraiClient {

    static final String INSTANCE = "kuroneko-kakebarai";

    private static final Logger log = LoggerFactory.getLogger(KakebaraiClient.class);

    private final ProviderHttpClient http;

    KakebaraiClient(ProviderHttpClient http) {
        this.http = http;
    }

    /**
     * @throws ProviderTransportFailure when there is no kakebarai reply
     * @throws com.orderdesk.payment.gateway.RequestNotSendable when a value cannot travel in the form's charset
     */
    ReturnCodeReply send(String baseUrl, KakebaraiRequest request) {
        String url = baseUrl.replaceAll("/+$", "") + request.api().path();
        ReturnCodeReply reply = http.post(new ProviderHttpClient.Call(url, request.api().name(),
                KakebaraiForm.CODEC.contentType(), KakebaraiForm.encode(request), request.api().safeToRepeat(),
                () -> KakebaraiForm.masked(request)), ReturnCodeReply::read);
        if (!reply.succeeded()) {
            log.info("kakebarai {} answered returnCode={} errorCode={}", request.api(), reply.fields().get("returnCode"),
                    reply.errorCode());
        }
        return reply;
    }
}
