package com.orderdesk.payment.paygent;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationClassification;
import com.orderdesk.payment.gateway.NotificationReceiver;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.MalformedReply;
import com.orderdesk.payment.gateway.kit.NoticeFields;
import com.orderdesk.payment.paygent.wire.NoticeHash;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads Paygent's 決済情報差分通知 at {@code /webhooks/paygent-paidy}.
 *
 * <p>Public (fact sheet): a form with {@code payment_notice_id}, {@code change_date},
 * {@code payment_id}, {@code trading_id}, {@code payment_type} (22 for Paidy),
 * {@code payment_status}, {@code payment_amount}, {@code paidy_payment_id}, dates, … and
 * {@code hc}; {@code hc} is the SHA-256 of notice id + payment id + trading id + payment type +
 * amount + the shared hash key ({@link NoticeHash}, compared in constant time); the reply must be
 * exactly {@code result=0}, anything else makes Paygent resend; w2 and the Woo plugin answer
 * {@code result=0} even for notices they ignore or refuse, which stops resends of notices that can
 * never be accepted. So every notice is answered {@code result=0} — except one that could not be
 * stored, answered HTTP 500 {@code result=1} so that Paygent sends it again (whether and when Paygent
 * resends is not public). A refused notice is still recorded in the inbox listing.
 *
 * <p>Located by Paygent's {@code payment_id} (the reference 343 stored), deduplicated by
 * {@code payment_notice_id}. Statuses whose meaning depends on amounts (40/41 captured or refunded
 * in part, 60) are confirmed with 094 before they are applied ({@code trusted=false}): a console
 * refund is recognised by the amount Paygent still holds. Whether {@code change_date} is
 * {@code yyyyMMddHHmmss} Japan time is ASSUMED. The source-IP allowlist of one plugin
 * ({@code 27.110.52.4}, {@code 202.232.189.65}) is marked unverified in the fact sheet, so only the
 * {@code hc} authenticates.
 */
@Component
class PaygentNotificationReceiver implements NotificationReceiver<PaygentNotificationReceiver.PaygentNotice> {

    static final String ACK = "result=0";
    static final String PAIDY = "22";

    private static final DateTimeFormatter CHANGE_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Override
    public ProviderCode providerCode() {
        return PaygentPaidyProvider.CODE;
    }

    @Override
    public Charset charset() {
        return PaygentWire.CHARSET;
    }

    /**
     * The inbox stores the notice without its {@code hc}: a stored signature would let anyone who
     * reads the inbox try hash keys offline against the known fields.
     */
    @Override
    public Set<String> secretFields() {
        return Set.of("hc");
    }

    /** Nothing to check before the body: the signature is inside it. */
    @Override
    public void verifySource(InboundNotification raw, ProviderSettings settings) {
    }

    @Override
    public PaygentNotice parse(InboundNotification raw, ProviderSettings settings) {
        Map<String, String> fields;
        try {
            fields = PaygentWire.decodeForm(raw.body());
        } catch (MalformedReply e) {
            throw new NotificationRejected("not a Paygent notice body (" + e.getMessage() + ")", false);
        }
        String key = settings.credential(PaygentAccount.NOTICE_HASH_KEY);
        if (!NoticeHash.verifies(fields, key)) {
            throw new NotificationRejected("hc does not match the configured notice hash key", true);
        }
        return new PaygentNotice(new NoticeFields("Paygent", fields));
    }

    @Override
    public @Nullable PaymentLocator locate(PaygentNotice notice) {
        String paymentId = notice.fields().optional("payment_id");
        return paymentId == null ? null : PaymentLocator.byReference(PaygentPaymentGateway.PAYMENT_ID, paymentId);
    }

    @Override
    public NotificationClassification classify(PaygentNotice notice) {
        NoticeFields fields = notice.fields();
        String noticeId = fields.required("payment_notice_id");
        String type = fields.optional("payment_type");
        if (type != null && !PAIDY.equals(type)) {
            return NotificationClassification.ignore(noticeId, "payment_type " + type + " is not Paidy (22)");
        }
        if (fields.optional("payment_id") == null) {
            return NotificationClassification.ignore(noticeId, "names no payment_id");
        }
        String code = fields.required("payment_status");
        PaymentStatus status = PaygentStatuses.of(code);
        boolean amountsMatter = status == PaymentStatus.CAPTURED || status == PaymentStatus.REFUNDED;
        return NotificationClassification.reports(noticeId, status, PaygentStatuses.word(code),
                fields.yen("payment_amount"), fields.japanTime("change_date", CHANGE_DATE), !amountsMatter,
                Map.of());
    }

    @Override
    public Acknowledgement answer(Answer answer) {
        return answer == Answer.NOT_STORED ? new Acknowledgement(500, "text/plain;charset=windows-31j", "result=1")
                : new Acknowledgement(200, "text/plain;charset=windows-31j", ACK);
    }

    /** One authenticated notice. */
    record PaygentNotice(NoticeFields fields) {
    }
}
