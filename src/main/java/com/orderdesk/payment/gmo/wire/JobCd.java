package com.orderdesk.payment.gmo.wire;

/** GMO's processing codes (処理区分) used by OrderDesk. */
public enum JobCd {
    /** 仮売上: authorization only. */
    AUTH,
    /** 即時売上: authorization and capture at once. */
    CAPTURE,
    /** 実売上: capture of an earlier AUTH (AlterTran). */
    SALES,
    /** 取消: cancel on the day of the authorization or capture. */
    VOID,
    /** 返品: cancel later in the same month. */
    RETURN,
    /** 月跨り返品: cancel of a sale made in an earlier month. */
    RETURNX
}
