package com.orderdesk.payment.internal;

import static com.orderdesk.payment.PaymentStatus.AMOUNT_MISMATCH;
import static com.orderdesk.payment.PaymentStatus.AUTHORIZED;
import static com.orderdesk.payment.PaymentStatus.CANCELLED;
import static com.orderdesk.payment.PaymentStatus.CAPTURED;
import static com.orderdesk.payment.PaymentStatus.EXPIRED;
import static com.orderdesk.payment.PaymentStatus.FAILED;
import static com.orderdesk.payment.PaymentStatus.PAID;
import static com.orderdesk.payment.PaymentStatus.PARTIALLY_REFUNDED;
import static com.orderdesk.payment.PaymentStatus.PENDING;
import static com.orderdesk.payment.PaymentStatus.REFUNDED;
import static com.orderdesk.payment.PaymentStatus.UNDER_REVIEW;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayCapabilities.RefundWindow;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * The payment state machine: which unified statuses connect (ARCHITECTURE.md, "The payment model"),
 * and whether an action is allowed for a payment given its state and its provider's capabilities,
 * with the reason when it is not. Pure functions; the same rules serve commands, the {@code actions}
 * list of the payment JSON, notifications and jobs.
 */
final class PaymentRules {

    private static final Map<PaymentStatus, Set<PaymentStatus>> LEGAL = new EnumMap<>(PaymentStatus.class);

    static {
        LEGAL.put(PENDING, EnumSet.of(UNDER_REVIEW, AUTHORIZED, CAPTURED, PAID, AMOUNT_MISMATCH, FAILED, CANCELLED,
                EXPIRED));
        LEGAL.put(UNDER_REVIEW, EnumSet.of(AUTHORIZED, FAILED, CANCELLED));
        // FAILED: the provider withdrew a credit approval (atobarai's anti-fraud review can turn an
        // approved payment down later); the payment is flagged when it happens.
        LEGAL.put(AUTHORIZED, EnumSet.of(CAPTURED, CANCELLED, EXPIRED, FAILED));
        LEGAL.put(CAPTURED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED, CANCELLED));
        LEGAL.put(PARTIALLY_REFUNDED, EnumSet.of(REFUNDED, CANCELLED));
        // A convenience-store payment can be reversed by the provider (DSK 入金取消): CANCELLED, flagged.
        LEGAL.put(PAID, EnumSet.of(AMOUNT_MISMATCH, PARTIALLY_REFUNDED, REFUNDED, CANCELLED));
        LEGAL.put(AMOUNT_MISMATCH, EnumSet.of(PAID, PARTIALLY_REFUNDED, REFUNDED, CANCELLED));
        for (PaymentStatus status : PaymentStatus.values()) {
            LEGAL.putIfAbsent(status, EnumSet.noneOf(PaymentStatus.class));
        }
    }

    private static final Set<PaymentStatus> REFUNDABLE = EnumSet.of(CAPTURED, PARTIALLY_REFUNDED, PAID, AMOUNT_MISMATCH);
    /** The shopper has paid (a convenience-store payment); only a refund or a reversal undoes it. */
    static final Set<PaymentStatus> MONEY_RECEIVED = EnumSet.of(PAID, AMOUNT_MISMATCH);
    private static final Set<PaymentStatus> REPRICEABLE = EnumSet.of(PENDING, UNDER_REVIEW, AUTHORIZED, CAPTURED);

    private PaymentRules() {
    }

    static boolean canMove(PaymentStatus from, PaymentStatus to) {
        return LEGAL.get(from).contains(to);
    }

    static Set<PaymentStatus> successorsOf(PaymentStatus from) {
        return Set.copyOf(LEGAL.get(from));
    }

    /**
     * Why the action is not allowed, or empty when it is.
     *
     * @param amount the action's amount (capture/refund amount, new total), null for the default
     */
    static Optional<String> refusal(PaymentAction action, Payment payment, GatewayCapabilities capabilities,
            Instant now, @Nullable Long amount) {
        PaymentStatus status = payment.status();
        String provider = payment.provider().displayName();
        if (payment.blockedByAttention()) {
            return Optional.of(blockedByDrift(payment));
        }
        return Optional.ofNullable(switch (action) {
            case AUTHORIZE -> status != PENDING
                    ? "authorize is only possible while PENDING (payment is " + status + ")"
                    : outOfBounds(payment.amount(), capabilities, provider);
            case CAPTURE -> captureRefusal(payment, capabilities, now, amount, provider);
            case CANCEL -> cancelRefusal(payment, capabilities);
            case REFUND -> refundRefusal(payment, capabilities, amount, provider, now);
            case CHANGE_AMOUNT -> changeRefusal(payment, capabilities, amount, provider);
            case MARK_PAYMENT_CANCELLED -> MONEY_RECEIVED.contains(status) ? null
                    : "a payment can only be recorded as cancelled while " + describe(MONEY_RECEIVED)
                            + " (payment is " + status + ")";
        });
    }

    private static @Nullable String cancelRefusal(Payment payment, GatewayCapabilities capabilities) {
        PaymentStatus status = payment.status();
        if (capabilities.cancellableFrom().contains(status)) {
            return null;
        }
        String refusal = "cancel is only possible while " + describe(capabilities.cancellableFrom())
                + " (payment is " + status + ")";
        // The shopper has paid and the provider cannot give the money back: tell the operator the
        // way that exists instead of leaving them at a dead end.
        return MONEY_RECEIVED.contains(status) && !capabilities.refunds()
                ? refusal + ". " + manualCancellation(payment)
                : refusal;
    }

    /** Why nothing may be done to a payment whose provider changed it behind OrderDesk's back. */
    static String blockedByDrift(Payment payment) {
        return "an operator must first confirm what happened at " + payment.provider().displayName() + " ("
                + payment.attentionReason() + "), then resolve the flag with POST /api/admin/orders/"
                + payment.orderNumber() + "/payment/attention/resolve and a reason";
    }

    /**
     * The manual path for a paid payment whose provider has no refunds (DSK convenience-store
     * payments): the money goes back outside OrderDesk and the operator records it.
     */
    static String manualCancellation(Payment payment) {
        return payment.provider().displayName() + " cannot return a received payment: refund the customer outside"
                + " OrderDesk (e.g. by bank transfer), then record it with POST /api/admin/orders/"
                + payment.orderNumber() + "/payment/mark-payment-cancelled and a reason, and switch the order's"
                + " payment method if the customer is to pay another way";
    }

    private static @Nullable String captureRefusal(Payment payment, GatewayCapabilities capabilities, Instant now,
            @Nullable Long amount, String provider) {
        if (capabilities.captureOnShipment()) {
            return provider + " captures when the shipment is reported, not by an operator: register the shipment"
                    + " with its tracking number (POST /api/admin/orders/" + payment.orderNumber() + "/shipments)"
                    + " and OrderDesk reports it, which books the capture";
        }
        if (!capabilities.captureRequired()) {
            return provider + " payments need no capture";
        }
        if (payment.status() == AUTHORIZED && capabilities.capturesAutomatically(payment.captureMode())) {
            return provider + " captures this payment by itself (payment method " + payment.paymentMethodCode()
                    + " authorizes and captures); wait for the provider's capture instead of capturing by hand";
        }
        if (payment.status() == EXPIRED || payment.status() == AUTHORIZED && payment.authExpired(now)) {
            return "capture window of " + capabilities.authValidityDays() + " days has passed";
        }
        if (payment.status() != AUTHORIZED) {
            return "capture is only possible while AUTHORIZED (payment is " + payment.status() + ")";
        }
        long captureAmount = amount == null ? payment.amount() : amount;
        if (captureAmount <= 0 || captureAmount > payment.authorizedAmount()) {
            return "capture amount " + yen(captureAmount) + " must be between 1円 and the authorized "
                    + yen(payment.authorizedAmount());
        }
        if (capabilities.fullCaptureOnly() && captureAmount != payment.authorizedAmount()) {
            return provider + " only captures the full authorized amount (" + yen(payment.authorizedAmount())
                    + "), not " + yen(captureAmount) + "; change the amount first";
        }
        if (capabilities.fullCaptureOnly() && captureAmount != payment.amount()) {
            // Nothing is sent: the provider would refuse a capture of other than the payment's amount.
            return provider + " captures exactly the payment's amount (" + yen(payment.amount()) + "), which differs"
                    + " from the authorized " + yen(payment.authorizedAmount()) + "; change the amount first";
        }
        return null;
    }

    private static @Nullable String refundRefusal(Payment payment, GatewayCapabilities capabilities,
            @Nullable Long amount, String provider, Instant now) {
        if (!capabilities.refunds()) {
            return provider + " does not support refunds";
        }
        if (!REFUNDABLE.contains(payment.status())) {
            return "refund is only possible after capture (payment is " + payment.status() + ")";
        }
        long refundable = payment.refundableAmount();
        long refund = amount == null ? refundable : amount;
        if (refund <= 0 || refund > refundable) {
            return "refund of " + yen(refund) + " must be between 1円 and the refundable remainder " + yen(refundable);
        }
        if (refund < refundable && !capabilities.partialRefund()) {
            return provider + " only refunds in full (" + yen(refundable) + ")";
        }
        RefundWindow window = capabilities.refundWindow();
        if (window != null && window.hard()) {
            return refundWindowPassed(payment, window, now, provider).orElse(null);
        }
        return null;
    }

    /**
     * Why a refund is past the provider's refund window (Japanese calendar days from the day of
     * capture), empty while inside it or when the payment shows no capture time.
     */
    static Optional<String> refundWindowPassed(Payment payment, RefundWindow window, Instant now, String provider) {
        Instant capturedAt = payment.capturedAt();
        if (capturedAt == null || now.isBefore(CalendarWindows.end(capturedAt, window.days()))) {
            return Optional.empty();
        }
        return Optional.of(provider + " refunds only within " + window.days() + " days of the capture (captured "
                + ShopTime.dateOf(capturedAt) + ", last day " + CalendarWindows.lastDay(capturedAt, window.days()) + ")");
    }

    private static @Nullable String changeRefusal(Payment payment, GatewayCapabilities capabilities,
            @Nullable Long amount, String provider) {
        if (!REPRICEABLE.contains(payment.status())) {
            return "amount change is only possible while " + describe(REPRICEABLE) + " (payment is "
                    + payment.status() + ")";
        }
        return amount == null ? null : outOfBounds(amount, capabilities, provider);
    }

    /**
     * Why the provider's plan cannot be carried out: increase and decrease capabilities say whether
     * the amount can move without the shopper, which only matters when the plan keeps the payment
     * (a re-issue involves the shopper anyway). Empty when the plan may run.
     */
    static Optional<String> planRefusal(AmountChangePlan plan, Payment payment, GatewayCapabilities capabilities,
            long amount) {
        String provider = payment.provider().displayName();
        boolean keepsPayment = plan.strategy() == AmountChangePlan.Strategy.CHANGE_IN_PLACE
                || plan.strategy() == AmountChangePlan.Strategy.REFUND_DIFFERENCE;
        if (keepsPayment && amount > payment.amount() && !capabilities.amountIncrease()) {
            return Optional.of(provider + " cannot increase the amount of a payment");
        }
        if (keepsPayment && amount < payment.amount() && !capabilities.amountDecrease()) {
            return Optional.of(provider + " cannot decrease the amount of a payment");
        }
        return Optional.empty();
    }

    private static @Nullable String outOfBounds(long amount, GatewayCapabilities capabilities, String provider) {
        if (capabilities.billedAmountOutside(amount)) {
            return provider + " accepts amounts from " + yen(capabilities.minAmount()) + " to "
                    + yen(capabilities.maxAmount()) + ", not " + yen(amount);
        }
        return null;
    }

    private static String describe(Set<PaymentStatus> statuses) {
        if (statuses.isEmpty()) {
            return "never";
        }
        if (statuses.equals(EnumSet.of(PENDING))) {
            return "unpaid (PENDING)";
        }
        return EnumSet.copyOf(statuses).stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }
}
