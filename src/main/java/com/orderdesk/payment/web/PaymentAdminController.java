package com.orderdesk.payment.web;

import java.util.List;
import java.util.Map;

import com.orderdesk.order.DiscountRequest;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentOutcome;
import com.orderdesk.payment.gateway.GatewayOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' payment API: an order's payments with their allowed actions, and the money commands
 * on its current payment. A command whose provider outcome is unknown answers 202: it was sent,
 * and reconciliation will settle it.
 */
@RestController
@RequestMapping("/api/admin")
class PaymentAdminController {

    static final long MAX_AMOUNT = 99_999_999L;

    private final PaymentManagement payments;

    PaymentAdminController(PaymentManagement payments) {
        this.payments = payments;
    }

    record PaymentList(List<PaymentDetails> payments) {
    }

    record AmountRequest(@Positive @Max(MAX_AMOUNT) @Nullable Long amount) {
    }

    record ChangeAmountRequest(@NotNull @PositiveOrZero @Max(MAX_AMOUNT) Long amount, @Nullable Boolean dryRun) {
    }

    record CancellationRecord(@Nullable String reason) {
    }

    record AuthorizeRequest(@Nullable String paymentMethodCode, @Nullable Map<String, String> instrument) {
    }

    @GetMapping("/orders/{number}/payments")
    PaymentList list(@PathVariable String number) {
        return new PaymentList(payments.payments(number));
    }

    @PostMapping("/orders/{number}/payment/capture")
    ResponseEntity<PaymentOutcome> capture(@PathVariable String number,
            @Valid @RequestBody(required = false) @Nullable AmountRequest body) {
        return answer(payments.capture(number, body == null ? null : body.amount()));
    }

    @PostMapping("/orders/{number}/payment/cancel")
    ResponseEntity<PaymentOutcome> cancel(@PathVariable String number) {
        return answer(payments.cancel(number));
    }

    /** Records a paid payment as cancelled outside OrderDesk (no provider call); the reason is required. */
    @PostMapping("/orders/{number}/payment/mark-payment-cancelled")
    ResponseEntity<PaymentOutcome> markPaymentCancelled(@PathVariable String number,
            @RequestBody(required = false) @Nullable CancellationRecord body) {
        return answer(payments.markPaymentCancelled(number, body == null ? null : body.reason()));
    }

    @PostMapping("/orders/{number}/payment/refund")
    ResponseEntity<PaymentOutcome> refund(@PathVariable String number,
            @Valid @RequestBody(required = false) @Nullable AmountRequest body) {
        return answer(payments.refund(number, body == null ? null : body.amount()));
    }

    /**
     * 一部返金 + 値引き (manual 10): refunds {@code amount} (or {@code amount10} + {@code amount8}) and
     * records the same yen as a discount on the order, split between its tax rates; COMPLETED orders too.
     */
    @PostMapping("/orders/{number}/payment/refund-with-discount")
    ResponseEntity<PaymentOutcome> refundWithDiscount(@PathVariable String number,
            @Valid @RequestBody DiscountBody body) {
        return answer(payments.refundWithDiscount(number,
                new DiscountRequest(body.amount(), body.amount10(), body.amount8(), body.label())));
    }

    /**
     * The discount to refund: {@code amount} split by the order's tax bases, or the parts per rate
     * stated; {@code label} is printed on the invoice (御値引 when absent).
     */
    record DiscountBody(@Max(MAX_AMOUNT) @Nullable Long amount, @Max(MAX_AMOUNT) @Nullable Long amount10,
            @Max(MAX_AMOUNT) @Nullable Long amount8, @Size(max = 100) @Nullable String label) {
    }

    @PostMapping("/orders/{number}/payment/change-amount")
    ResponseEntity<PaymentOutcome> changeAmount(@PathVariable String number,
            @Valid @RequestBody ChangeAmountRequest body) {
        return answer(payments.changeAmount(number, body.amount(), Boolean.TRUE.equals(body.dryRun())));
    }

    /** Starts or retries the payment; a decline is a FAILED payment in a 201, not an error. */
    @PostMapping("/orders/{number}/payment/authorize")
    ResponseEntity<PaymentOutcome> authorize(@PathVariable String number,
            @RequestBody(required = false) @Nullable AuthorizeRequest body) {
        PaymentOutcome outcome = payments.authorize(number, body == null ? null : body.paymentMethodCode(),
                body == null || body.instrument() == null ? Map.of() : body.instrument());
        return ResponseEntity.status(HttpStatus.CREATED).body(outcome);
    }

    @GetMapping("/payments/expiring")
    PaymentList expiring(@RequestParam(defaultValue = "7") int withinDays) {
        return new PaymentList(payments.expiring(withinDays));
    }

    /** Unpaid convenience-store payments whose payment deadline ends within {@code withinDays} days. */
    @GetMapping("/payments/unpaid-expiring")
    PaymentList unpaidExpiring(@RequestParam(defaultValue = "3") int withinDays) {
        return new PaymentList(payments.unpaidExpiring(withinDays));
    }

    @GetMapping("/payments/capturable")
    PaymentList capturable() {
        return new PaymentList(payments.capturable());
    }

    static ResponseEntity<PaymentOutcome> answer(PaymentOutcome outcome) {
        return ResponseEntity.status(outcome.outcome() == GatewayOutcome.UNKNOWN ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(outcome);
    }
}
