package com.orderdesk.payment.paygent;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import com.orderdesk.payment.paygent.wire.Telegram;
import com.orderdesk.payment.paygent.wire.TelegramReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one telegram through the kit's resilient client (instance {@value #INSTANCE}). Only
 * telegrams safe to repeat (343, 094) are retried. Paygent's error replies are returned, not thrown.
 *
 * <p>Not public: the module endpoint's URL (PaygentB2BModule hides it), so the provider settings'
 * base URL <em>is</em> the endpoint and telegrams are posted to it as they are; and the client
 * certificate procedure. The certificate is kept (encrypted) in the settings for the day the
 * endpoint is known; the HTTP client does not present it yet.
 */
class PaygentClient {

    static final String INSTANCE = "paygent-paidy";

    private static final Logger log = LoggerFactory.getLogger(PaygentClient.class);

    private final ProviderHttpClient http;

    PaygentClient(ProviderHttpClient http) {
        this.http = http;
    }

    /**
     * @throws com.orderdesk.payment.gateway.kit.ProviderTransportFailure when there is no Paygent reply
     * @throws com.orderdesk.payment.gateway.RequestNotSendable when a value cannot travel in Shift_JIS
     */
    TelegramReply send(String endpoint, Telegram telegram) {
        TelegramReply reply = http.post(new ProviderHttpClient.Call(endpoint, telegram.name(), PaygentWire.contentType(),
                PaygentWire.encode(telegram.fields()), telegram.kind().safeToRepeat(),
                () -> PaygentWire.masked(telegram.fields())), TelegramReply::parse);
        if (!reply.succeeded()) {
            log.info("Paygent {} answered {}", telegram.name(), reply.describe());
        }
        return reply;
    }
}
