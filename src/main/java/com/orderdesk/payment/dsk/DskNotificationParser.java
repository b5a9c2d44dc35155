package com.orderdesk.payment.dsk;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.dsk.wire.MalformedDskReply;
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
import org.springframework.stereotype.Component;

/**
 * Reads DSK's payment notice (入金速報) in the webhook steps the port defines.
 *
 * <p>Public (w2 receiver and its harness): a Shift_JIS form with {@code datakbn}, {@code dskid},
 * {@code amount}, {@code paydate} (yyyyMMddHHmmss, Japan time), {@code conveni},
 * {@code receiptno}, {@code orderid}, and the literal reply {@value #ACK}. DSK does not sign its
 * notices and publishes no source addresses, so a notice is accepted only when its source is in
 * the kit's {@link SourceAllowlist} (e.g. the {@code 52.198.37.11} of CraftCart's connection form)
 * and it carries the shop's tenant id (PROPOSED field {@code tenantid}; compared in constant time).
 * The payment is located by {@code orderid}, the {@value DskPaymentGateway#ORDER_ID} reference the
 * registration stored. PROPOSED {@code datakbn}: {@code 1} 速報 (paid), {@code 2} 速報取消 (the
 * payment was cancelled at the store), {@code 3} 確定 (confirmed). The result is never
 * {@code trusted}: the core confirms it with the status query before applying it. Anything but
 * {@value #ACK} makes DSK resend (PROPOSED: 5 tries, 10 minutes apart), so a notice that could not
 * be stored is answered HTTP 500 {@code NG}.
 */
@Component
class DskNotificationParser implements NotificationReceiver<DskNotificationParser.DskNotice> {

    @Override
    public ProviderCode providerCode() {
        return DskProvider.CODE;
    }

    @Override
    public Charset charset() {
        return DskForm.CHARSET;
    }

    /** The tenant id is checked like a password, so it is stored masked like DSK's password. */
    private static final Set<String> SECRET_FIELDS = Stream.concat(DskForm.SECRET_FIELDS.stream(), Stream.of("tenantid"))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<String> secretFields() {
        return SECRET_FIELDS;
    }

    /** The body DSK needs to stop resending (public). */
    static final String ACK = "<SENBDATA>STATUS=800</SENBDATA>";

    static final String PAID = "1";
    static final String PAYMENT_CANCELLED = "2";
    static final String CONFIRMED = "3";

    private static final DateTimeFormatter PAYDATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static final LiteralAcknowledgements ANSWERS = new LiteralAcknowledgements(
            "text/plain;charset=windows-31j", ACK, "NG", 500);

    @Override
    public void verifySource(InboundNotification notification, ProviderSettings settings) {
        SourceAllowlist.verify("DSK", notification.sourceAddress(), settings);
    }

    /**
     * @throws NotificationRejected {@code unauthenticated} when the tenant id is wrong, otherwise
     *         when the notice cannot be read
     */
    @Override
    public DskNotice parse(InboundNotification notification, ProviderSettings settings) {
        Map<String, String> fields;
        try {
            fields = DskForm.decode(notification.body());
        } catch (MalformedDskReply e) {
            throw new NotificationRejected("not a DSK notice body (" + e.getMessage() + ")", false);
        }
        if (!Secrets.matches(fields.get("tenantid"), settings.credential(DskAccount.TENANT_ID))) {
            throw new NotificationRejected("tenantid does not match the configured DSK tenant", true);
        }
        return new DskNotice(new NoticeFields("DSK", fields));
    }

    @Override
    public PaymentLocator locate(DskNotice notice) {
        return PaymentLocator.byReference(DskPaymentGateway.ORDER_ID, notice.fields().required("orderid"));
    }

    @Override
    public NotificationClassification classify(DskNotice notice) {
        NoticeFields fields = notice.fields();
        String dskId = fields.required("dskid");
        String kind = fields.required("datakbn");
        String paydate = fields.all().getOrDefault("paydate", "").strip();
        PaymentStatus status = switch (kind) {
            case PAID, CONFIRMED -> PaymentStatus.PAID;
            case PAYMENT_CANCELLED -> PaymentStatus.CANCELLED;
            default -> throw new NotificationRejected("DSK notice with unknown datakbn " + kind, false);
        };
        Long amount = fields.yen("amount");
        if (PAID.equals(kind) && amount == null) {
            throw new NotificationRejected("DSK payment notice without amount", false);
        }
        return NotificationClassification.reports(String.join(":", dskId, kind, paydate), status, word(kind), amount,
                fields.japanTime("paydate", PAYDATE), false,
                fields.keep(List.of("dskid", "receiptno", "conveni", "datakbn", "paydate")));
    }

    @Override
    public Acknowledgement answer(Answer answer) {
        return ANSWERS.answer(answer);
    }

    private static String word(String kind) {
        return switch (kind) {
            case PAID -> DskStatuses.PAID;
            case PAYMENT_CANCELLED -> DskStatuses.PAYMENT_CANCELLED;
            default -> DskStatuses.CONFIRMED;
        };
    }

    /** One authenticated notice. */
    record DskNotice(NoticeFields fields) {
    }
}
