package com.orderdesk.payment.paygent;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ConnectivityCheck;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.ConnectivityProbes;
import com.orderdesk.payment.paygent.wire.Telegram;
import com.orderdesk.payment.paygent.wire.TelegramReply;
import org.springframework.stereotype.Component;

/**
 * 接続確認 for Paygent: the 094 決済情報照会 telegram (a read, which the fact sheet lists for polling)
 * for a payment id Paygent never issued. 13001 "no matching payment" (public) or any other answer
 * shows Paygent answered; the login refusal 90001 is ASSUMED (Paygent's code list is not public,
 * see {@link PaygentErrors}). A {@code result} that is neither 0 nor 1 is Paygent's own
 * "communication failure". It is sent through the settings like every telegram, so the stored
 * client certificate is presented and a refused certificate shows here as it would on a capture.
 */
@Component
class PaygentConnectivityCheck implements ConnectivityCheck {

    static final String PROBE_PAYMENT_ID = "0";

    private final PaygentClient client;

    PaygentConnectivityCheck(PaygentClient client) {
        this.client = client;
    }

    @Override
    public ProviderCode provider() {
        return PaygentPaidyProvider.CODE;
    }

    @Override
    public ConnectivityResult check(ProviderSettings settings) {
        return ConnectivityProbes.probe(() -> {
            TelegramReply reply = client.send(settings,
                    Telegram.status(PaygentAccount.credentials(settings), PROBE_PAYMENT_ID));
            if (PaygentErrors.WRONG_LOGIN.equals(reply.responseCode())) {
                return ConnectivityResult.credentialsRejected("マーチャントID・接続ID・接続IDパスワードが受け付けられませんでした（"
                        + reply.describe() + "）");
            }
            if (!reply.succeeded() && !reply.error()) {
                return ConnectivityResult.unreachable("ペイジェントが通信エラーを返しました（" + reply.describe() + "）");
            }
            return ConnectivityResult.connected("094 決済情報照会に応答がありました（" + reply.describe() + "）");
        });
    }
}
