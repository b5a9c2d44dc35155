package com.orderdesk.payment.paygent.wire;

/**
 * The 電文種別 used for Paidy (fact sheet, "Telegram kinds"), with whether a repeat after a lost
 * reply is harmless: the status query is; 343 is too, because Paygent takes over one
 * {@code paidy_payment_id} once and a repeat only asks again (ASSUMED: the fact sheet does not say
 * how a repeated 343 is answered; the simulator answers it with the same payment); 341, 340 and 342
 * move money and are never repeated blindly (the status query settles them).
 */
public enum TelegramKind {

    VERIFY("343", "Paidy 決済情報検証", true),
    CAPTURE("341", "Paidy 売上", false),
    CANCEL("340", "Paidy オーソリキャンセル", false),
    REFUND("342", "Paidy 返金", false),
    STATUS("094", "決済情報照会", true);

    private final String code;
    private final String title;
    private final boolean safeToRepeat;

    TelegramKind(String code, String title, boolean safeToRepeat) {
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

    public static TelegramKind of(String code) {
        for (TelegramKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a Paidy telegram kind: " + code);
    }
}
