package com.orderdesk.payment.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.internal.methods.PaymentFee;
import com.orderdesk.payment.internal.methods.PaymentMethodAdministration;
import com.orderdesk.payment.internal.methods.PaymentMethodRequest;
import com.orderdesk.payment.internal.methods.PaymentMethodDraft;
import com.orderdesk.payment.internal.methods.PaymentMethodView;
import com.orderdesk.shared.EntityTags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment method settings (支払方法設定) for operators. DELETE disables the method (204): orders and
 * payments keep referring to its code, so it is never removed.
 */
@RestController
@RequestMapping("/api/admin/payment-methods")
class PaymentMethodAdminController {

    private final PaymentMethodAdministration methods;

    PaymentMethodAdminController(PaymentMethodAdministration methods) {
        this.methods = methods;
    }

    @GetMapping
    List<PaymentMethodView> list() {
        return methods.list();
    }

    @GetMapping("/{code}")
    ResponseEntity<PaymentMethodView> get(@PathVariable String code) {
        PaymentMethodView method = methods.get(code);
        return EntityTags.ok(method.version(), method);
    }

    @PostMapping
    ResponseEntity<PaymentMethodView> create(@Valid @RequestBody PaymentMethodRequest request) {
        if (request.code() == null) {
            throw new com.orderdesk.shared.InvalidInput("code", "must not be null");
        }
        PaymentMethodView created = methods.create(request.code(), request.toDraft());
        return EntityTags.created("/api/admin/payment-methods/" + created.code(), created.version(), created);
    }

    /** If-Match (the ETag of GET) is required: 428 without it, 412 when the method changed meanwhile. */
    @PutMapping("/{code}")
    ResponseEntity<PaymentMethodView> replace(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PaymentMethodRequest request) {
        Long expected = EntityTags.requiredVersion(ifMatch, "payment method");
        if (request.code() != null && !request.code().equals(code)) {
            throw new com.orderdesk.shared.InvalidInput("code", "cannot be changed; it must be '" + code + "' or left out");
        }
        PaymentMethodView replaced = methods.replace(code, request.toDraft(), expected);
        return EntityTags.ok(replaced.version(), replaced);
    }

    @DeleteMapping("/{code}")
    ResponseEntity<Void> disable(@PathVariable String code) {
        methods.disable(code);
        return ResponseEntity.noContent().build();
    }
}
