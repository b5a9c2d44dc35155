package com.orderdesk.payment.internal.methods;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.PaymentMethodKinds;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The operators' payment method settings (支払方法設定). Deleting only disables: orders, payments
 * and their histories keep referring to the code, so a method is never removed and its code never
 * reused; a PUT with {@code enabled: true} brings it back.
 */
@NamedInterface("payment-methods")
@Service
public class PaymentMethodAdministration {

    private final PaymentMethodRepository methods;
    private final PaymentGateways gateways;
    private final Clock clock;

    PaymentMethodAdministration(PaymentMethodRepository methods, PaymentGateways gateways, Clock clock) {
        this.methods = methods;
        this.gateways = gateways;
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
        checkProvider(draft);
        checkKind(code, draft);
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
        return replace(code, draft, null);
    }

    /**
     * Replaces every setting of the method but its code, if it is still at the version the change was made on.
     *
     * @param expectedVersion from If-Match; null for any
     * @throws com.orderdesk.shared.StaleVersion (412) when the method changed since
     */
    @Transactional
    public PaymentMethodView replace(String code, PaymentMethodDraft draft, @Nullable Long expectedVersion) {
        draft.check();
        checkProvider(draft);
        checkKind(code, draft);
        PaymentMethod method = find(code);
        EntityTags.ensureCurrent(expectedVersion, method.version(), "payment method", code);
        method.apply(draft, clock.instant());
        return PaymentMethodView.of(methods.saveAndFlush(method));
    }

    /** Disables the method; idempotent. @throws PaymentMethodNotFound when no method has this code */
    @Transactional
    public void disable(String code) {
        find(code).disable(clock.instant());
    }

    /**
     * A method needs an adapter for its provider (otherwise no payment could ever start), and its
     * capture mode must be one the provider offers.
     *
     * @throws UnprocessableRequest (422) naming {@code provider} or {@code captureImmediately}
     */
    private void checkProvider(PaymentMethodDraft draft) {
        Optional<PaymentGateway> adapter = gateways.all().stream()
                .filter(gateway -> gateway.providerCode().equals(draft.provider())).findFirst();
        if (adapter.isEmpty()) {
            throw new UnprocessableRequest("provider-without-adapter", "OrderDesk has no adapter for "
                    + draft.provider().displayName() + " yet, so a payment method cannot use it",
                    List.of(new FieldError("provider", "no adapter for " + draft.provider().name())));
        }
        GatewayCapabilities capabilities = adapter.get().capabilities();
        CaptureMode mode = draft.captureImmediately() ? CaptureMode.AUTH_AND_CAPTURE : CaptureMode.AUTH_ONLY;
        if (capabilities.captureRequired() && !capabilities.captureModes().contains(mode)) {
            throw new UnprocessableRequest("capture-mode-not-offered", draft.provider().displayName()
                    + " does not offer capture mode " + mode + " (it offers " + capabilities.captureModes() + ")",
                    List.of(new FieldError("captureImmediately", "capture mode " + mode + " is not offered by "
                            + draft.provider().name())));
        }
    }

    /**
     * One enabled method per kind where the provider has kinds ({@link PaymentMethodKinds}).
     *
     * @throws UnprocessableRequest (422) naming {@code options} when the options name no kind or
     *         another enabled method already is of this kind
     */
    private void checkKind(String code, PaymentMethodDraft draft) {
        Optional<PaymentMethodKinds> kinds = gateways.feature(draft.provider(), PaymentMethodKinds.class);
        if (kinds.isEmpty() || !draft.enabled()) {
            return;
        }
        String kind;
        try {
            kind = kinds.get().methodKind(draft.options());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableRequest("payment-method-kind-unknown", e.getMessage(),
                    List.of(new FieldError("options", e.getMessage())));
        }
        for (PaymentMethod other : methods.findAllByOrderBySortOrderAscCodeAsc()) {
            if (!other.code().equals(code) && other.enabled() && other.provider().equals(draft.provider())
                    && kindOf(kinds.get(), other).equals(kind)) {
                String reason = draft.provider().displayName() + " allows one enabled payment method per kind, and "
                        + other.code() + " is already of kind " + kind + " (disable it first)";
                throw new UnprocessableRequest("payment-method-kind-taken", reason,
                        List.of(new FieldError("options", reason)));
            }
        }
    }

    private static String kindOf(PaymentMethodKinds kinds, PaymentMethod method) {
        try {
            return kinds.methodKind(method.options());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private PaymentMethod find(String code) {
        return methods.findById(code).orElseThrow(() -> new PaymentMethodNotFound(code));
    }
}
