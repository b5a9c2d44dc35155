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
import com.orderdesk.payment.gateway.kit.SourceAllowlist;
import org.springframework.stereotype.Component;

/**
 * Reads DSK's payment notice (入金速報) in the webhook steps the port defines.
 *
 * <p>Public (w2 receiver and its harness): a Shift_JIS form with exactly {@code datakbn},
 * {@code dskid}, {@code amount}, {@code paydate} (yyyyMMddHHmmss, Japan time), {@code conveni},
 * {@code receiptno}, {@code orderid}, and the literal reply {@value #ACK}. Nothing else: no tenant
 * id, no signature, and DSK has no status API to confirm a notice with. So a notice is believed
 * only when
 * <ol>
 *   <li>it comes from an address the operator configured as DSK's notice sender (the kit's
 *       {@link SourceAllowlist}; DSK does not publish its sender addresses — ask DSK. Not the
 *       {@code 52.198.37.11} of CraftCart's manual: that is the cart's own 接続元 IP written into
 *       DSK's connection form);</li>
 *   <li>its {@code orderid} names a registration OrderDesk made (located by the
 *       {@value DskPaymentGateway#ORDER_ID} reference) <em>and</em> its {@code dskid} is the one DSK
 *       gave that registration ({@link NotificationClassification#matching});</li>
 *   <li>its amount is one DSK can take at all (1 to 299,999円). A paid amount other than the
 *       billed one is still applied: that is 金額不一致, which the operator must see.</li>
 * </ol>
 * PROPOSED {@code datakbn} (the values are not public): {@code 1} 速報 (paid), {@code 2} 入金取消 (the
 * payment was cancelled at the store), {@code 3} 入金確定. Anything but {@value #ACK} makes DSK
 * resend (PROPOSED: 5 tries, 10 minutes apart), so a notice that could not be stored is answered
 * HTTP 500 {@code NG}.
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

    /** @throws NotificationRejected when the notice cannot be read */
    @Override
    public DskNotice parse(InboundNotification notification, ProviderSettings settings) {
        Map<String, String> fields;
        try {
            fields = DskForm.decode(notification.body());
        } catch (MalformedDskReply e) {
            throw new NotificationRejected("not a DSK notice body (" + e.getMessage() + ")", false);
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
        if (PAID.equals(kind) && (amount < DskPaymentGateway.MIN_AMOUNT || amount > DskPaymentGateway.MAX_AMOUNT)) {
            throw new NotificationRejected("DSK payment notice with amount " + amount
                    + ", which no DSK registration can have (1 to 299,999円)", false);
        }
        // 入金取消 carries the reversed payment's amount (0 once reversed in the harness); it is no new amount.
        Long reported = PAID.equals(kind) || CONFIRMED.equals(kind) ? amount : null;
        return NotificationClassification.reports(String.join(":", dskId, kind, paydate), status, word(kind), reported,
                fields.japanTime("paydate", PAYDATE), false,
                fields.keep(List.of("receiptno", "conveni", "datakbn", "paydate")))
                .matching(Map.of(DskPaymentGateway.DSK_ID, dskId));
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
