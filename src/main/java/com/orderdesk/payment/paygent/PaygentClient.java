package com.orderdesk.payment.paygent;

import com.orderdesk.payment.gateway.ProviderSettings;
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
 * certificate procedure. The fact sheet records only that the module "POSTs over HTTPS with a client
 * certificate"; so the certificate (PEM: certificate chain + private key, the setting
 * {@value PaygentAccount#CLIENT_CERTIFICATE}, encrypted at rest) is presented as a standard TLS client
 * certificate on every telegram to an HTTPS endpoint. How Paygent issues it (format, passphrase,
 * renewal) is not public: a PKCS#12 file or an encrypted key must be converted to unencrypted PEM
 * before it is stored.
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
     * @throws com.orderdesk.payment.gateway.ProviderNotConfigured when the client certificate setting is unusable
     */
    TelegramReply send(ProviderSettings settings, Telegram telegram) {
        TelegramReply reply = http.post(new ProviderHttpClient.Call(settings.baseUrl(), telegram.name(),
                PaygentWire.contentType(), PaygentWire.encode(telegram.fields()), telegram.kind().safeToRepeat(),
                () -> PaygentWire.masked(telegram.fields()), PaygentAccount.clientCertificate(settings)),
                TelegramReply::parse);
        if (!reply.succeeded()) {
            log.info("Paygent {} answered {}", telegram.name(), reply.describe());
        }
        return reply;
    }
}
