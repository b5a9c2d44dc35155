package com.orderdesk.payment.internal.methods;

import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.ProviderCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A payment method as an operator submits it, with the single-field rules (bean validation): the
 * body of the REST API's POST (with {@code code}) and PUT (without, or the same code), and what the
 * console's 支払方法設定 form is turned into, so both edges check the same rules. {@code name} may be
 * left empty only for a provider that fixes it ({@link com.orderdesk.payment.gateway.FixedPaymentMethodName});
 * otherwise it is required (checked in {@link PaymentMethodAdministration}).
 */
@NamedInterface("payment-methods")
public record PaymentMethodRequest(
        @Nullable @Pattern(regexp = PaymentMethodRequest.CODE, message = "must be 1 to 32 letters, digits, '_' or '-'") String code,
        @Nullable @Size(max = 100) String name,
        @NotNull ProviderCode provider,
        @Nullable Boolean enabled,
        @Nullable Integer sortOrder,
        @Nullable Boolean captureImmediately,
        @Nullable PaymentFee fee,
        @Nullable @PositiveOrZero Long minAmount,
        @Nullable @PositiveOrZero Long maxAmount,
        @Nullable Set<@NotNull @Pattern(regexp = PaymentMethodRequest.CODE, message = "must be a code of up to 32 letters, digits, '_' or '-'") String> deliveryMethods,
        @Nullable Set<@NotNull @Pattern(regexp = PaymentMethodRequest.CODE, message = "must be a code of up to 32 letters, digits, '_' or '-'") String> customerGroups,
        @Nullable @Size(max = 4000) String completionText,
        @Nullable @Size(max = 200) String emailTitle,
        @Nullable @Size(max = 4000) String emailText,
        @Nullable Map<@Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]{0,63}", message = "must be a letter followed by up to 63 letters, digits, '_', '.' or '-'") String,
                @NotNull @Size(max = 1000) String> options) {

    /** A method, delivery-method or group code. */
    public static final String CODE = "[A-Za-z0-9_-]{1,32}";

    public PaymentMethodDraft toDraft() {
        return new PaymentMethodDraft(name == null ? "" : name.strip(), provider, enabled == null || enabled,
                sortOrder == null ? 0 : sortOrder, captureImmediately != null && captureImmediately,
                fee == null ? PaymentFee.NONE : fee, minAmount, maxAmount,
                deliveryMethods == null ? Set.of() : deliveryMethods, customerGroups == null ? Set.of() : customerGroups,
                completionText, emailTitle, emailText, options == null ? Map.of() : options);
    }
}
