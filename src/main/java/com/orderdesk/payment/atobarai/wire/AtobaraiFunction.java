package com.orderdesk.payment.atobarai.wire;

/**
 * The atobarai functions OrderDesk calls, one URL each
 * ({@code <base>/kuroneko-atobarai-api/<FUNC>APIAction_execute.action}, the Woo plugin's endpoint
 * list in {@code shared/providers/kuroneko-atobarai.md}). Only queries are safe to repeat: a
 * repeated credit check is refused as a duplicate orderNo ({@code kaara009E}), and the others move
 * money or slips.
 */
public enum AtobaraiFunction {

    CREDIT_CHECK("KAARA0010", "与信依頼", false),
    CREDIT_RESULT("KAARS0010", "与信結果取得", true),
    SMS_CODE("KAASA0020", "SMS認証番号判定", false),
    SHIPMENT("KAASL0010", "出荷情報登録", false),
    STATUS("KAAST0010", "取引状況取得", true),
    CANCEL("KAACL0010", "与信取消", false),
    AMOUNT_CHANGE("KAAKK0010", "請求金額変更", false);

    /** The path every function URL starts with. */
    public static final String API = "/kuroneko-atobarai-api/";
    public static final String SUFFIX = "APIAction_execute.action";

    private final String code;
    private final String title;
    private final boolean safeToRepeat;

    AtobaraiFunction(String code, String title, boolean safeToRepeat) {
        this.code = code;
        this.title = title;
        this.safeToRepeat = safeToRepeat;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public boolean safeToRepeat() {
        return safeToRepeat;
    }

    public String path() {
        return API + code + SUFFIX;
    }

    /** The function a path names, for the simulator. */
    public static AtobaraiFunction ofCode(String code) {
        for (AtobaraiFunction function : values()) {
            if (function.code.equals(code)) {
                return function;
            }
        }
        throw new IllegalArgumentException("unknown atobarai function " + code);
    }
}
