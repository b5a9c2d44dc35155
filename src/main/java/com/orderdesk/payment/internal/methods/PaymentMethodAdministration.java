package com.orderdesk.payment.internal.methods;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operators' payment method settings (支払方法設定). Deleting only disables: orders, payments
 * and their histories keep referring to the code, so a method is never removed and its code never
 * reused; a PUT with {@code enabled: true} brings it back.
 */
@Service
public class PaymentMethodAdministration {

    private final PaymentMethodRepository methods;
    private final Clock clock;

    PaymentMethodAdministration(PaymentMethodRepository methods, Clock clock) {
        this.methods = methods;
        this.clock = clock;
    }

    /** Every method, disabled ones included, by sort order. Never null. */
    @Transactional(readOnly = true)
    public List<PaymentMethodView> list() {
        return methods.findAllByOrderBySortOrderAscCodeAsc().stream().map(PaymentMethodView::of).toList();
    }

    /** @throws PaymentMethodNotFound when no method has this code */
    @Transactional(readOnly = true)
    public PaymentMethodView get(String code) {
        return PaymentMethodView.of(find(code));
    }

    /**
     * @throws PaymentMethodCodeTaken when the code exists, even disabled
     * @throws com.orderdesk.shared.InvalidInput when the fee or the amount range is inconsistent
     */
    @Transactional
    public PaymentMethodView create(String code, PaymentMethodDraft draft) {
        draft.check();
        if (methods.existsById(code)) {
            throw new PaymentMethodCodeTaken(code);
        }
        return PaymentMethodView.of(methods.save(new PaymentMethod(code, draft, clock.instant())));
    }

    /**
     * Replaces every setting of the method but its code.
     *
     * @throws PaymentMethodNotFound when no method has this code
     */
    @Transactional
    public PaymentMethodView replace(String code, PaymentMethodDraft draft) {
        draft.check();
        PaymentMethod method = find(code);
        method.apply(draft, clock.instant());
        return PaymentMethodView.of(methods.saveAndFlush(method));
    }

    /** Disables the method; idempotent. @throws PaymentMethodNotFound when no method has this code */
    @Transactional
    public void disable(String code) {
        find(code).disable(clock.instant());
    }

    private PaymentMethod find(String code) {
        return methods.findById(code).orElseThrow(() -> new PaymentMethodNotFound(code));
    }
}
