package com.orderdesk.payment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.order.DiscountRequest;
import org.jspecify.annotations.Nullable;

/**
 * The payment module's API for operators and the storefront: read an order's payments and move
 * money on its current payment attempt. Every provider call is logged before it is sent.
 *
 * <p>Commands throw {@link PaymentActionNotAllowed} (409) when the state or the provider forbids the
 * action, {@link ProviderDeclined} (422) when the provider refuses, {@link ProviderCallFailed} (502)
 * on a technical failure that changed nothing, and return normally with outcome UNKNOWN when the
 * call's result is unknown. {@code orderNumber} must name an order with a payment
 * ({@link PaymentNotFound} otherwise).
 */
public interface PaymentManagement {

    /** All attempts of the order, oldest first; empty when none. */
    List<PaymentDetails> payments(String orderNumber);

    /**
     * All attempts of the order with this id, oldest first, in one query: no operations log, no
     * references, no actions. For what is rebuilt after every payment change; empty when none.
     */
    List<PaymentSummary> summaries(UUID orderId);

    /** The order's current (latest) attempt. */
    PaymentDetails current(String orderNumber);

    /** Captures (実売上) the authorized amount, or {@code amount} when given. */
    PaymentOutcome capture(String orderNumber, @Nullable Long amount);

    PaymentOutcome cancel(String orderNumber);

    /**
     * Records that the current payment, already paid, was undone outside OrderDesk (refunded to the
     * shopper by the shop, or reversed by the provider): PAID or AMOUNT_MISMATCH → CANCELLED, a
     * MANUAL log entry, no provider call. Not idempotent: a second call is refused (409).
     *
     * @param reason the operator's words, required (400 naming {@code reason} when blank)
     */
    PaymentOutcome markPaymentCancelled(String orderNumber, @Nullable String reason);

    /** Refunds {@code amount}, or the whole refundable remainder when null. */
    PaymentOutcome refund(String orderNumber, @Nullable Long amount);

    /**
     * 一部返金 with its 値引き (manual 10-2 and 10-3 as one action): refunds the discount's yen on the
     * current payment first, then records the same yen as a discount on the order, split between its
     * 10% and 8% bases, so that the order total and the payment agree. Works on a COMPLETED order and
     * can be repeated; a CANCELLED order cannot be edited (409 before anything is sent). When the
     * refund's outcome is unknown, the discount is not recorded and the payment is flagged; when the
     * order refuses the discount after the refund, the payment is flagged with the reason.
     *
     * @throws com.orderdesk.shared.InvalidInput naming {@code amount}, {@code amount10} or {@code amount8}
     */
    PaymentOutcome refundWithDiscount(String orderNumber, DiscountRequest discount);

    /**
     * Moves the payment to {@code newAmount} following the provider's plan, each step logged; with
     * {@code dryRun} only returns the plan.
     */
    PaymentOutcome changeAmount(String orderNumber, long newAmount, boolean dryRun);

    /**
     * Authorizes the order's pending payment with an instrument (token, stored card), or starts a new
     * attempt when the last one ended (FAILED, CANCELLED, EXPIRED) or none exists. A decline is not
     * an exception: the payment is FAILED and returned as such.
     *
     * @param paymentMethodCode the method for a new attempt; null keeps the order's method
     * @param instrument secret values, never logged
     */
    PaymentOutcome authorize(String orderNumber, @Nullable String paymentMethodCode, Map<String, String> instrument);

    /**
     * Starts the first payment of a just-placed store order (idempotent with the OrderPlaced
     * listener): authorizes at once with the instrument, or without one when the method needs no
     * shopper input; otherwise leaves it PENDING with the next action.
     */
    StorePayment startStorePayment(String orderNumber, Map<String, String> instrument, @Nullable String returnUrl);

    /**
     * Authorizes the store order's PENDING payment with the shopper's instrument; a decline is
     * reported in the answer, not as an error.
     */
    StorePayment payStoreOrder(String orderNumber, Map<String, String> instrument, @Nullable String returnUrl);

    /**
     * Finishes a PENDING payment after the shopper's authentication at the provider (3-D Secure
     * return), with the parameters the provider sent back. A decline fails the payment and is
     * reported in the answer.
     *
     * @throws PaymentActionNotAllowed when the payment is not PENDING or its provider has no such step
     */
    StorePayment completeAuthentication(String orderNumber, Map<String, String> returnParameters);

    /** The store order's current payment for the shopper. */
    StorePayment storePayment(String orderNumber);

    /** Authorized payments whose capture window ends within {@code withinDays} days, soonest first. */
    List<PaymentDetails> expiring(int withinDays);

    /**
     * Unpaid store payments (convenience store: PENDING with a payment page) whose payment deadline
     * ends within {@code withinDays} days, soonest first: the shops to remind before the slip lapses.
     */
    List<PaymentDetails> unpaidExpiring(int withinDays);

    /** Authorized, not captured, inside the capture window (the seeds' 未処理一覧). */
    List<PaymentDetails> capturable();
}
