package com.orderdesk.payment.atobarai;

import java.util.Map;

import com.orderdesk.payment.atobarai.wire.AtobaraiErrors;
import com.orderdesk.payment.atobarai.wire.AtobaraiForm;
import com.orderdesk.payment.atobarai.wire.AtobaraiFunction;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one atobarai function ({@code <baseUrl>/kuroneko-atobarai-api/<FUNC>APIAction_execute.action},
 * a UTF-8 form) through the kit's resilient client (instance {@value #INSTANCE}) and reads the XML
 * {@code <return>} reply. Only the queries are retried. Error replies are returned, not thrown.
 */
class AtobaraiClient {

    static final String INSTANCE = "kuroneko-atobarai";

    private static final Logger log = LoggerFactory.getLogger(AtobaraiClient.class);

    private final ProviderHttpClient http;

    AtobaraiClient(ProviderHttpClient http) {
        this.http = http;
    }

    /**
     * @throws com.orderdesk.payment.gateway.kit.ProviderTransportFailure when there is no reply
     * @throws com.orderdesk.payment.gateway.RequestNotSendable when a value cannot travel
     */
    ReturnCodeReply send(String baseUrl, AtobaraiFunction function, Map<String, String> fields) {
        byte[] body = AtobaraiForm.CODEC.encode(fields);
        String url = baseUrl.replaceAll("/+$", "") + function.path();
        ReturnCodeReply reply = http.post(new ProviderHttpClient.Call(url, function.code(), AtobaraiForm.CODEC.contentType(),
                body, function.safeToRepeat(), () -> AtobaraiForm.CODEC.masked(fields)), ReturnCodeReply::read);
        if (!reply.succeeded()) {
            log.info("クロネコ代金後払い {} answered {}", function.code(), AtobaraiErrors.TABLE.describe(reply.errorCode()));
        }
        return reply;
    }
}
