package com.orderdesk.payment.kakebarai.wire;

import java.util.regex.Pattern;

/**
 * The merchant's 加盟店コード (exactly 9 digits, fact sheet) and password. {@link #toString()}
 * never shows the password.
 */
public record KakebaraiCredentials(String traderCode, String password) {

    public static final Pattern TRADER_CODE = Pattern.compile("[0-9]{9}");

    public KakebaraiCredentials {
        if (!TRADER_CODE.matcher(traderCode).matches()) {
            throw new IllegalArgumentException("the 加盟店コード (traderCode) must be exactly 9 digits");
        }
    }

    @Override
    public String toString() {
        return "KakebaraiCredentials[traderCode=" + traderCode + ", passWord=****]";
    }
}
