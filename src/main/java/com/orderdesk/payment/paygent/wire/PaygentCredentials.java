package com.orderdesk.payment.paygent.wire;

/**
 * The common login fields of every telegram (fact sheet, "Transport"): マーチャントID, 接続ID and
 * 接続IDパスワード. {@link #toString()} never shows the password.
 */
public record PaygentCredentials(String merchantId, String connectId, String connectPassword) {

    @Override
    public String toString() {
        return "PaygentCredentials[merchantId=" + merchantId + ", connectId=" + connectId + ", connectPassword=****]";
    }
}
