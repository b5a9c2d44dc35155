package com.orderdesk.payment.atobarai;

import java.time.Clock;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.atobarai.wire.AtobaraiErrors;
import com.orderdesk.payment.atobarai.wire.AtobaraiFunction;
import com.orderdesk.payment.gateway.ConnectivityCheck;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.ConnectivityProbes;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import org.springframework.stereotype.Component;

/**
 * 接続確認 for クロネコ代金後払い: KAAST0010 取引状況取得 (the read the plugins poll with) for an
 * orderNo the shop never registers. The fact sheet records the password mismatch as
 * {@code kaara092E} (on 与信依頼); that KAAST0010 answers the same code is ASSUMED, as the simulator
 * does. Yamato's code for an unknown orderNo is not public, so any other answer counts as reached.
 */
@Component
class AtobaraiConnectivityCheck implements ConnectivityCheck {

    /** Within orderNo's 20 characters of {@code [0-9A-Za-z_-]}; never an OrderDesk order number. */
    static final String PROBE_ORDER_NO = "ORDERDESK-CHECK";

    private final AtobaraiClient client;
    private final AtobaraiRequests requests;

    AtobaraiConnectivityCheck(AtobaraiClient client, Clock clock) {
        this.client = client;
        this.requests = new AtobaraiRequests(clock);
    }

    @Override
    public ProviderCode provider() {
        return AtobaraiProvider.CODE;
    }

    @Override
    public ConnectivityResult check(ProviderSettings settings) {
        return ConnectivityProbes.probe(() -> {
            ReturnCodeReply reply = client.send(settings.baseUrl(), AtobaraiFunction.STATUS,
                    requests.base(settings, PROBE_ORDER_NO));
            if (AtobaraiErrors.PASSWORD_MISMATCH.equals(reply.errorCode())) {
                return ConnectivityResult.credentialsRejected("加盟店コード・パスワードが受け付けられませんでした（"
                        + AtobaraiErrors.TABLE.describe(reply.errorCode()) + "）");
            }
            return ConnectivityResult.connected("KAAST0010 取引状況取得に応答がありました（" + (reply.succeeded()
                    ? "returnCode=0" : AtobaraiErrors.TABLE.describe(reply.errorCode())) + "）");
        });
    }
}
