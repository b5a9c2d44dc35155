package com.orderdesk.payment.internal.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Everything an operator sets on a payment method (all but its code), as created or replaced.
 *
 * @param minAmount smallest billed amount (fee included) the method accepts, null for no limit
 * @param maxAmount largest billed amount (fee included), null for no limit
 * @param deliveryMethods delivery method codes it may be combined with; empty means all
 * @param customerGroups customer group codes that may use it; empty means everyone
 */
@NamedInterface("payment-methods")
public record PaymentMethodDraft(
        String name,
        ProviderCode provider,
        boolean enabled,
        int sortOrder,
        boolean captureImmediately,
        PaymentFee fee,
        @Nullable Long minAmount,
        @Nullable Long maxAmount,
        Set<String> deliveryMethods,
        Set<String> customerGroups,
        @Nullable String completionText,
        @Nullable String emailTitle,
        @Nullable String emailText,
        Map<String, String> options) {

    public PaymentMethodDraft {
        deliveryMethods = Set.copyOf(deliveryMethods);
        customerGroups = Set.copyOf(customerGroups);
        options = Map.copyOf(options);
    }

    /** The same draft under another name. */
    PaymentMethodDraft withName(String newName) {
        return new PaymentMethodDraft(newName, provider, enabled, sortOrder, captureImmediately, fee, minAmount,
                maxAmount, deliveryMethods, customerGroups, completionText, emailTitle, emailText, options);
    }

    /** The rules that span fields (bean validation covers single fields at the API). */
    void check() {
        List<FieldError> errors = new ArrayList<>(fee.errors("fee"));
        if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
            errors.add(new FieldError("maxAmount", "must not be less than minAmount"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
