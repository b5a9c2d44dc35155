package com.orderdesk.payment.web;

import com.orderdesk.payment.PaymentErrorLog;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 決済エラーログ: provider calls that were declined, failed or ended unknown, across payments, with
 * the count of calls still unresolved ({@code GET /api/admin/payments/errors?provider=…}).
 */
@RestController
@RequestMapping("/api/admin/payments/errors")
class PaymentErrorLogController {

    private final PaymentErrorLog log;

    PaymentErrorLogController(PaymentErrorLog log) {
        this.log = log;
    }

    @GetMapping
    PaymentErrorLog.Page errors(@RequestParam(required = false) @Nullable String provider,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return log.errors(provider, page, size);
    }
}
