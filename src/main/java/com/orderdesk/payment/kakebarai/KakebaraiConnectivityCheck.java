package com.orderdesk.payment.kakebarai;

import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ConnectivityCheck;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.ConnectivityProbes;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.payment.kakebarai.wire.KakebaraiError;
import com.orderdesk.payment.kakebarai.wire.KakebaraiRequest;
import org.springframework.stereotype.Component;

/**
 * 接続確認 for クロネコ掛け払い: AN050 利用金額照会 (a read) for a buyerId the shop never registers.
 * The merchant refusal codes ({@code A140001}, {@code G78}) are those {@link KakebaraiError} knows;
 * {@code E050003} (probably "buyer not registered", meaning not confirmed) or any other answer shows
 * Yamato answered.
 */
@Component
class KakebaraiConnectivityCheck implements ConnectivityCheck {

    /** Within buyerId's 20 characters of alphanumerics and {@code -}; never an OrderDesk buyer id. */
    static final String PROBE_BUYER_ID = "ORDERDESK-CHECK";

    private final KakebaraiClient client;

    KakebaraiConnectivityCheck(KakebaraiClient client) {
        this.client = client;
    }

    @Override
    public ProviderCode provider() {
        return KakebaraiProvider.CODE;
    }

    @Override
    public ConnectivityResult check(ProviderSettings settings) {
        return ConnectivityProbes.probe(() -> {
            ReturnCodeReply reply = client.send(settings.baseUrl(), KakebaraiRequest.of(KakebaraiApi.AN050,
                    KakebaraiAccount.credentials(settings), Map.of("buyerId", PROBE_BUYER_ID)));
            if (reply.succeeded()) {
                return ConnectivityResult.connected("AN050 利用金額照会に応答がありました（returnCode=0）");
            }
            KakebaraiError error = KakebaraiError.of(reply.errorCode());
            if (error.kind() == KakebaraiError.Kind.MERCHANT) {
                return ConnectivityResult.credentialsRejected("加盟店コード・パスワードが受け付けられませんでした（"
                        + error.describe() + "）");
            }
            return ConnectivityResult.connected("AN050 利用金額照会に応答がありました（"
                    + error.describe() + "）");
        });
    }
}
