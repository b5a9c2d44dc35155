package com.orderdesk.payment.gmo;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationClassification;
import com.orderdesk.payment.gateway.NotificationReceiver;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.LiteralAcknowledgements;
import com.orderdesk.payment.gateway.kit.NoticeFields;
import com.orderdesk.payment.gateway.kit.Secrets;
import com.orderdesk.payment.gateway.kit.SourceAllowlist;
import com.orderdesk.payment.gmo.wire.GmoForm;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads GMO-PG's result notification (結果通知) in the webhook steps the port defines.
 *
 * <p>GMO does not sign notifications (fact sheet, "Result notification"), so the caller is
 * verified by the kit's source allowlist and by {@code ShopID} and {@code ShopPass} in the body
 * (compared in constant time). The notification is never {@code trusted}: the core confirms it
 * with SearchTrade before applying it. The payment is located by {@code OrderID}, the provider
 * order id GMO knows it by. GMO's connectivity test ({@code ErrInfo=E00000000}, no OrderID) is
 * classified as ignored. GMO reads only the answer's body: {@code 0} received, {@code 1} resend —
 * also when storing failed, which GMO's documentation answers with HTTP 200 and {@code 1}.
 */
@Component
class GmoNotificationParser implements NotificationReceiver<GmoNotificationParser.GmoNotification> {

    @Override
    public ProviderCode providerCode() {
        return GmoProvider.CODE;
    }

    @Override
    public Charset charset() {
        return GmoForm.CHARSET;
    }

    /** ShopPass and the other credential fields GMO may echo are never stored with the notice. */
    @Override
    public Set<String> secretFields() {
        return GmoForm.SECRET_FIELDS;
    }

    /** ErrInfo of GMO's connectivity test, which needs no action. */
    static final String CONNECTIVITY_TEST = "E00000000";

    private static final DateTimeFormatter TRAN_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static final LiteralAcknowledgements ANSWERS = new LiteralAcknowledgements("text/plain", "0", "1", 200);

    @Override
    public void verifySource(InboundNotification notification, ProviderSettings settings) {
        SourceAllowlist.verify("GMO-PG", notification.sourceAddress(), settings);
    }

    /**
     * @throws NotificationRejected {@code unauthenticated} when ShopID or ShopPass is wrong,
     *         otherwise when the body cannot be read
     */
    @Override
    public GmoNotification parse(InboundNotification notification, ProviderSettings settings) {
        Map<String, String> fields;
        try {
            fields = GmoForm.decode(notification.body());
        } catch (MalformedGmoReply e) {
            throw new NotificationRejected("not a GMO-PG notification body", false);
        }
        boolean shopId = Secrets.matches(fields.get("ShopID"), settings.credential(GmoAccount.SHOP_ID));
        boolean shopPass = Secrets.matches(fields.get("ShopPass"), settings.credential(GmoAccount.SHOP_PASS));
        if (!(shopId & shopPass)) {
            throw new NotificationRejected("ShopID/ShopPass do not match the configured GMO-PG shop", true);
        }
        return new GmoNotification(new NoticeFields("GMO-PG", fields), GmoReply.of(fields));
    }

    @Override
    public @Nullable PaymentLocator locate(GmoNotification notice) {
        String orderId = notice.fields().optional("OrderID");
        return orderId == null ? null : PaymentLocator.byProviderOrderId(orderId);
    }

    @Override
    public NotificationClassification classify(GmoNotification notice) {
        NoticeFields fields = notice.fields();
        String key = String.join(":", fields.all().getOrDefault("OrderID", ""), fields.all().getOrDefault("Status", ""),
                fields.all().getOrDefault("TranDate", ""), fields.all().getOrDefault("JobCd", ""));
        if (notice.reply().hasErrorInfo(CONNECTIVITY_TEST)) {
            return NotificationClassification.ignore(key + ":" + CONNECTIVITY_TEST, "GMO-PG connectivity test");
        }
        fields.required("OrderID");
        String status = fields.optional("Status");
        Map<String, String> references = fields.keep(List.of("AccessID", "TranID", "Approve", "Forward", "JobCd",
                "PayType"));
        if (notice.reply().failed()) {
            references.put("ErrCode", notice.reply().errorCodes());
            references.put("ErrMessage", notice.reply().errorMessage());
        }
        return NotificationClassification.reports(key, GmoStatusMapper.status(status), status, fields.yen("Amount"),
                fields.japanTime("TranDate", TRAN_DATE), false, references);
    }

    @Override
    public Acknowledgement answer(Answer answer) {
        return ANSWERS.answer(answer);
    }

    /** One authenticated notification. GMO resends it; OrderID + Status + TranDate + JobCd identify it. */
    record GmoNotification(NoticeFields fields, GmoReply reply) {
    }
}
