package com.orderdesk.payment.internal.methods;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.FixedPaymentMethodName;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.PaymentMethodKinds;
import com.orderdesk.shared.AuditTrail;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
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
    private final AuditTrail audit;

    PaymentMethodAdministration(PaymentMethodRepository methods, PaymentGateways gateways, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
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
    public PaymentMethodView create(String code, PaymentMethodDraft submitted) {
        PaymentMethodDraft draft = named(submitted);
        draft.check();
        checkProvider(draft);
        checkKind(code, draft);
        if (methods.existsById(code)) {
            throw new PaymentMethodCodeTaken(code);
        }
        PaymentMethodView created = PaymentMethodView.of(methods.save(new PaymentMethod(code, draft, clock.instant())));
        audit.record(AUDITED, code, "created", null, audited(created));
        return created;
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
    public PaymentMethodView replace(String code, PaymentMethodDraft submitted, @Nullable Long expectedVersion) {
        PaymentMethodDraft draft = named(submitted);
        draft.check();
        checkProvider(draft);
        checkKind(code, draft);
        PaymentMethod method = find(code);
        EntityTags.ensureCurrent(expectedVersion, method.version(), "payment method", code);
        String before = audited(PaymentMethodView.of(method));
        method.apply(draft, clock.instant());
        PaymentMethodView replaced = PaymentMethodView.of(methods.saveAndFlush(method));
        String after = audited(replaced);
        if (!after.equals(before)) {
            audit.record(AUDITED, code, "changed", before, after);
        }
        return replaced;
    }

    /** Disables the method; idempotent. @throws PaymentMethodNotFound when no method has this code */
    @Transactional
    public void disable(String code) {
        PaymentMethod method = find(code);
        if (method.enabled()) {
            String before = audited(PaymentMethodView.of(method));
            method.disable(clock.instant());
            audit.record(AUDITED, code, "disabled", before, audited(PaymentMethodView.of(method)));
        }
    }

    private static final String AUDITED = "payment-method";
    private static final int AUDITED_TEXT = 200;

    /** The method's settings as the audit log shows them (no secrets here; long texts shortened). */
    private static String audited(PaymentMethodView method) {
        return "name=" + method.name() + ", provider=" + method.provider().name() + ", enabled=" + method.enabled()
                + ", sortOrder=" + method.sortOrder() + ", captureImmediately=" + method.captureImmediately()
                + ", fee=" + method.fee() + ", minAmount=" + method.minAmount() + ", maxAmount=" + method.maxAmount()
                + ", deliveryMethods=" + method.deliveryMethods() + ", customerGroups=" + method.customerGroups()
                + ", completionText=" + shortened(method.completionText()) + ", emailTitle="
                + shortened(method.emailTitle()) + ", emailText=" + shortened(method.emailText()) + ", options="
                + method.options();
    }

    private static @Nullable String shortened(@Nullable String text) {
        return text == null || text.length() <= AUDITED_TEXT ? text
                : text.substring(0, AUDITED_TEXT) + "… (" + text.length() + " characters)";
    }

    /**
     * The draft with the name shoppers will see: the provider's fixed name when it has one (an empty
     * name takes it, a spelling of it that differs only in width or spaces is stored canonically),
     * else the operator's, which is then required.
     *
     * @throws InvalidInput (400) naming {@code name} when it is missing, or differs from a fixed name
     */
    private PaymentMethodDraft named(PaymentMethodDraft draft) {
        Optional<FixedPaymentMethodName> fixed = gateways.feature(draft.provider(), FixedPaymentMethodName.class);
        if (fixed.isEmpty()) {
            if (draft.name().isBlank()) {
                throw new InvalidInput(List.of(new FieldError("name", "must not be blank")));
            }
            return draft;
        }
        String name = fixed.get().fixedMethodName();
        if (draft.name().isBlank() || comparable(draft.name()).equals(comparable(name))) {
            return draft.withName(name);
        }
        throw new InvalidInput(List.of(new FieldError("name", "must be 「" + name + "」 (or left empty): "
                + draft.provider().displayName() + " fixes the name shoppers see, per "
                + fixed.get().fixedMethodNameSource())));
    }

    /** NFKC folds full-width parentheses and spaces; the manual itself spells the name with and without a space. */
    private static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
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
