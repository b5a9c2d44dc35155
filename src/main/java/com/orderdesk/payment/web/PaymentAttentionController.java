package com.orderdesk.payment.web;

import java.util.UUID;

import com.orderdesk.payment.PaymentAttention;
import com.orderdesk.payment.PaymentDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' 要確認 list: payments flagged for attention with their reasons, paged, and resolving a
 * flag with a reason (written to the order's history). A provider-drift flag holds every money
 * operation on its payment until it is resolved.
 */
@RestController
@RequestMapping("/api/admin")
class PaymentAttentionController {

    private final PaymentAttention attention;

    PaymentAttentionController(PaymentAttention attention) {
        this.attention = attention;
    }

    record Resolution(@Nullable String reason) {
    }

    /** {@code needsAttention=true}: flagged payments, longest waiting first; otherwise all payments, newest first. */
    @GetMapping("/payments")
    PaymentAttention.Page list(@RequestParam(defaultValue = "false") boolean needsAttention,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return attention.list(needsAttention, page, size);
    }

    @PostMapping("/payments/{paymentId}/attention/resolve")
    PaymentDetails resolve(@PathVariable UUID paymentId, @RequestBody(required = false) @Nullable Resolution body) {
        return attention.resolve(paymentId, body == null ? null : body.reason());
    }

    @PostMapping("/orders/{number}/payment/attention/resolve")
    PaymentDetails resolveCurrent(@PathVariable String number,
            @RequestBody(required = false) @Nullable Resolution body) {
        return attention.resolveCurrent(number, body == null ? null : body.reason());
    }
}
