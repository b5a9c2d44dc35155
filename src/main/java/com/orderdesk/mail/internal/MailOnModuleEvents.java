package com.orderdesk.mail.internal;

import java.time.Clock;
import java.util.UUID;

import com.orderdesk.order.OrderCancelled;
import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderPlaced;
import com.orderdesk.payment.PaymentReviewFailed;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentStatusChanged;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shipping.ShipmentRegistered;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The module events that send customer mail by themselves, each queueing the templates set to send
 * automatically for its trigger, in the shop's default language. The outbox row is written in the
 * listener's transaction, which also completes the event's publication: a crash before the commit
 * redelivers the event, and the dedup key (event + template) makes the redelivery queue nothing
 * twice.
 *
 * <ul>
 *   <li>{@code OrderPlaced} → 注文受付 (the worker holds it while the payment starts, so that the DSK
 *       selection URL and the method's mail text are in it)</li>
 *   <li>{@code PaymentStatusChanged} to PAID, or from PENDING to AMOUNT_MISMATCH → 入金確認 (convenience-store
 *       payment received, also of another amount than billed)</li>
 *   <li>{@code PaymentStatusChanged} to FAILED → カード未決済 (a declined card of an order registered by
 *       the shop), except a store payment that failed while the shopper was still at the checkout,
 *       who saw it there; a review that failed is mailed from its own event instead:</li>
 *   <li>{@code PaymentReviewFailed} → 決済不可 when the order stays, nothing when the provider's rule
 *       cancels the order: the shopper then gets the キャンセル mail only (the atobarai SMS timeout:
 *       one mail, as the Welcart manual describes, not both)</li>
 *   <li>{@code ShipmentRegistered} → 発送 (carrier and tracking numbers of that shipment)</li>
 *   <li>{@code OrderCancelled} → キャンセル (providers such as Paygent/Paidy send the shopper nothing)</li>
 * </ul>
 */
@Component
class MailOnModuleEvents {

    private final MailTemplateStore templates;
    private final MailOutbox outbox;
    private final OrderManagement orders;
    private final MailProperties properties;
    private final Clock clock;

    MailOnModuleEvents(MailTemplateStore templates, MailOutbox outbox, OrderManagement orders,
            MailProperties properties, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.orders = orders;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        queue(MailTrigger.ORDER_RECEIVED, "order-placed:" + placed.orderId(), placed.orderNumber(), placed.orderId(), null);
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        queue(MailTrigger.CANCELLED, "order-cancelled:" + cancelled.orderId(), cancelled.orderNumber(),
                cancelled.orderId(), null);
    }

    @ApplicationModuleListener
    void on(PaymentStatusChanged changed) {
        PaymentStatus status = PaymentStatus.valueOf(changed.paymentStatus());
        if (status == PaymentStatus.PAID || status == PaymentStatus.AMOUNT_MISMATCH
                && PaymentStatus.PENDING.name().equals(changed.previousStatus())) {
            // The shopper's payment arrived, also when it is not the billed amount (金額不一致): one mail per
            // payment, under PAID's key, so that a later move to PAID does not send it again.
            queue(MailTrigger.PAYMENT_RECEIVED, paymentKey(changed.paymentId(), PaymentStatus.PAID),
                    changed.orderNumber(), changed.orderId(), null);
        } else if (status == PaymentStatus.FAILED && !endedAReview(changed) && !shopperSawIt(changed)) {
            queue(MailTrigger.PAYMENT_FAILED, paymentKey(changed.paymentId(), PaymentStatus.FAILED),
                    changed.orderNumber(), changed.orderId(), null);
        }
    }

    @ApplicationModuleListener
    void on(PaymentReviewFailed failed) {
        if (!failed.cancelOrder()) {
            queue(MailTrigger.PAYMENT_FAILED, paymentKey(failed.paymentId(), PaymentStatus.FAILED),
                    failed.orderNumber(), failed.orderId(), null);
        }
    }

    /** One key per payment and status, shared by the events that can send the same mail (a failed review). */
    private static String paymentKey(UUID paymentId, PaymentStatus status) {
        return "payment:" + paymentId + ":" + status;
    }

    /** From UNDER_REVIEW or AUTHORIZED, FAILED is a review ending: {@code PaymentReviewFailed} carries it. */
    private static boolean endedAReview(PaymentStatusChanged changed) {
        return PaymentStatus.UNDER_REVIEW.name().equals(changed.previousStatus())
                || PaymentStatus.AUTHORIZED.name().equals(changed.previousStatus());
    }

    @ApplicationModuleListener
    void on(ShipmentRegistered registered) {
        queue(MailTrigger.SHIPPED, "shipment:" + registered.shipmentId(), registered.orderNumber(),
                registered.orderId(), registered.shipmentId().toString());
    }

    /** A store order's payment that failed from PENDING failed at the checkout, in front of the shopper. */
    private boolean shopperSawIt(PaymentStatusChanged changed) {
        return PaymentStatus.PENDING.name().equals(changed.previousStatus())
                && orders.find(changed.orderNumber()).channel() == OrderChannel.STORE;
    }

    private void queue(MailTrigger trigger, String eventKey, String orderNumber, UUID orderId,
            @Nullable String subjectRef) {
        for (MailTemplate template : templates.automatic(trigger, properties.defaultLanguage())) {
            outbox.enqueue(new MailOutbox.NewMail(UUID.randomUUID(), eventKey + "/" + template.code(), orderNumber,
                    orderId, trigger, subjectRef, template.code(), template.language(), null, null, null, null, null,
                    CurrentActor.SYSTEM, clock.instant()));
        }
    }
}
