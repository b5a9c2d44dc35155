package com.orderdesk.payment.gmo;

import java.util.Set;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ConnectivityCheck;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.ConnectivityProbes;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.SearchTradeRequest;
import org.springframework.stereotype.Component;

/**
 * 接続確認 for GMO-PG: SearchTrade (a read, safe to repeat) for an OrderID the shop never uses. The
 * fact sheet records the shop errors E01010001 (ShopID missing) and E01030002 (shop not found);
 * E01020001 for a missing ShopPass is assumed, as in the simulator. Any other answer — normally
 * E01110002, "no such transaction", which the adapter's status query also reads that way — shows
 * that GMO answered and took the shop's credentials.
 */
@Component
class GmoConnectivityCheck implements ConnectivityCheck {

    /** Never an OrderDesk order id (those start with the order number prefix); within GMO's 27 characters. */
    static final String PROBE_ORDER_ID = "ORDERDESK-CONNECTIVITY";

    private static final Set<String> SHOP_REFUSED = Set.of("E01010001", "E01020001", "E01030002");

    private final GmoClient client;

    GmoConnectivityCheck(GmoClient client) {
        this.client = client;
    }

    @Override
    public ProviderCode provider() {
        return GmoProvider.CODE;
    }

    @Override
    public ConnectivityResult check(ProviderSettings settings) {
        return ConnectivityProbes.probe(() -> {
            GmoReply reply = client.send(settings.baseUrl(), new SearchTradeRequest(GmoAccount.shop(settings), PROBE_ORDER_ID));
            if (reply.errors().stream().anyMatch(error -> SHOP_REFUSED.contains(error.info()))) {
                return ConnectivityResult.credentialsRejected("ショップID・ショップパスワードが受け付けられませんでした（"
                        + reply.errorCodes() + "）");
            }
            return ConnectivityResult.connected("SearchTrade に応答がありました（"
                    + (reply.failed() ? reply.errorCodes() : "正常応答") + "）");
        });
    }
}
