package com.orderdesk.payment.kakebarai.wire;

/**
 * The seven calls of the public add-on, each with the letter its error codes start with (error
 * scheme: letter per API, then field number and check number; {@code A} AN010 … {@code G} AN070).
 * Only the pure reads (AN050 usage, AN070 screening status) are safe to repeat after a lost reply.
 */
public enum KakebaraiApi {
    AN010("決済登録", 'A', false),
    AN020("決済取消", 'B', false),
    AN030("出荷登録", 'C', false),
    AN040("出荷取消", 'D', false),
    AN050("利用金額照会", 'E', true),
    AN060("取引先登録", 'F', false),
    AN070("審査状況照会", 'G', true);

    private final String label;
    private final char errorLetter;
    private final boolean safeToRepeat;

    KakebaraiApi(String label, char errorLetter, boolean safeToRepeat) {
        this.label = label;
        this.errorLetter = errorLetter;
        this.safeToRepeat = safeToRepeat;
    }

    public String label() {
        return label;
    }

    public char errorLetter() {
        return errorLetter;
    }

    public boolean safeToRepeat() {
        return safeToRepeat;
    }

    /** The path below the base URL ({@code /AN010APIAction.action}), as in the add-on's config. */
    public String path() {
        return "/" + name() + "APIAction.action";
    }
}
