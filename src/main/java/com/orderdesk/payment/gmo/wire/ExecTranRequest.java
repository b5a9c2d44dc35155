package com.orderdesk.payment.gmo.wire;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * ExecTran: authorizes (or captures) against the card behind a one-time {@code Token}, or against
 * a stored card ({@code SiteID/SitePass/MemberID/CardSeq}). Card numbers are never sent.
 *
 * @param retUrl where GMO returns the shopper after a 3-D Secure challenge; null without 3-D Secure
 */
public record ExecTranRequest(String accessId, String accessPass, String orderId, @Nullable String token,
        @Nullable SiteCredentials site, @Nullable String memberId, @Nullable String cardSeq, @Nullable String retUrl)
        implements GmoRequest {

    /** Method 1 = one-time payment (一括), the only one OrderDesk offers. */
    private static final String ONE_TIME = "1";

    public static ExecTranRequest withToken(String accessId, String accessPass, String orderId, String token,
            @Nullable String retUrl) {
        return new ExecTranRequest(accessId, accessPass, orderId, token, null, null, null, retUrl);
    }

    public static ExecTranRequest withStoredCard(String accessId, String accessPass, String orderId,
            SiteCredentials site, String memberId, String cardSeq, @Nullable String retUrl) {
        return new ExecTranRequest(accessId, accessPass, orderId, null, site, memberId, cardSeq, retUrl);
    }

    @Override
    public String api() {
        return "ExecTran";
    }

    @Override
    public Map<String, String> form() {
        Fields fields = new Fields().put("AccessID", accessId).put("AccessPass", accessPass).put("OrderID", orderId)
                .put("Method", ONE_TIME).put("Token", token);
        if (site != null) {
            fields.put("SiteID", site.siteId()).put("SitePass", site.sitePass()).put("MemberID", memberId)
                    .put("CardSeq", cardSeq);
        }
        if (retUrl != null) {
            // 3-D Secure 2.0: the cassette's parameter set (TdsType/Tds2Type + return URLs) and the
            // classic RetUrl, since the exact current set is not public (fact sheet, "Not known").
            fields.put("RetUrl", retUrl).put("TdsType", "2").put("Tds2Type", "2").put("Tds2RetUrl", retUrl)
                    .put("CallBackUrl", retUrl);
        }
        return fields.build();
    }
}
