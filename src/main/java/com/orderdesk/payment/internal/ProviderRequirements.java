package com.orderdesk.payment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayCapabilities.CustomerField;
import com.orderdesk.payment.gateway.DigitalGoodsExclusion;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.PhoneNumbers;
import com.orderdesk.shared.UnprocessableRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a provider insists on before a payment can start: the customer data it names
 * ({@link GatewayCapabilities#requiredCustomerData()}), at most its number of invoice lines, and no
 * digital line when it takes only goods that ship ({@link GatewayCapabilities#digitalGoods()}).
 * Checked when an order is placed or edited (store and admin) and again when a payment starts, so
 * a refusal names the order's field instead of surfacing as a provider error.
 */
public final class ProviderRequirements {

    private ProviderRequirements() {
    }

    /**
     * @throws UnprocessableRequest (422, type {@code provider-requirements-not-met}) naming each
     *         missing or excess field, e.g. {@code customer.mobilePhone}, {@code lines} or
     *         {@code lines[2].digital}
     */
    public static void check(Order order, PaymentGateway gateway) {
        ProviderCode provider = gateway.providerCode();
        GatewayCapabilities capabilities = gateway.capabilities();
        List<FieldError> unmet = new ArrayList<>();
        CustomerDetails customer = order.customer();
        for (CustomerField field : capabilities.requiredCustomerData()) {
            switch (field) {
                case EMAIL -> require(unmet, "customer.email", customer.email(), provider);
                case PHONE -> require(unmet, "customer.phone", customer.phone(), provider);
                case MOBILE_PHONE -> requireMobile(unmet, customer.mobilePhone(), customer.phone(), provider);
                case KANA -> require(unmet, "customer.kana", customer.kana(), provider);
                case COMPANY -> require(unmet, "customer.company", customer.company(), provider);
                case POSTAL_ADDRESS -> {
                    require(unmet, "customer.postalCode", customer.postalCode(), provider);
                    require(unmet, "customer.prefecture", customer.prefecture(), provider);
                    require(unmet, "customer.city", customer.city(), provider);
                    require(unmet, "customer.address1", customer.address1(), provider);
                }
            }
        }
        Integer maxLines = capabilities.maxLineCount();
        int invoiceLines = Invoices.of(order).lines().size();
        if (maxLines != null && invoiceLines > maxLines) {
            unmet.add(new FieldError("lines", provider.displayName() + " takes at most " + maxLines
                    + " invoice lines (products, fees, adjustment and points), this order has " + invoiceLines));
        }
        if (!capabilities.digitalGoods()) {
            String reason = DigitalGoodsExclusion.reasonAfter(gateway);
            List<OrderLine> lines = order.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).digital()) {
                    unmet.add(new FieldError("lines[" + i + "].digital", "is a digital line (download or service"
                            + " goods), and " + provider.displayName() + " takes only goods that ship" + reason));
                }
            }
        }
        unmet.sort(Comparator.comparing(FieldError::field));
        if (!unmet.isEmpty()) {
            throw new UnprocessableRequest("provider-requirements-not-met", provider.displayName()
                    + " cannot take this order: " + String.join("; ", unmet.stream()
                            .map(error -> error.field() + " " + error.message()).toList()), unmet);
        }
    }

    /**
     * A mobile number in the mobile field, or else in the phone field (Paygent's manual 3-7: the
     * phone goes to Paidy when there is no mobile number); a landline alone is refused, because the
     * provider sends its SMS to a mobile.
     */
    private static void requireMobile(List<FieldError> unmet, @Nullable String mobile, @Nullable String phone,
            ProviderCode provider) {
        if (PhoneNumbers.isMobile(mobile) || (mobile == null || mobile.isBlank()) && PhoneNumbers.isMobile(phone)) {
            return;
        }
        unmet.add(new FieldError("customer.mobilePhone", mobile == null || mobile.isBlank()
                ? "is required by " + provider.displayName() + ": it sends its SMS to a mobile number (060/070/080/090),"
                        + " and the phone given is not one"
                : "must be a mobile number (060/070/080/090) for " + provider.displayName()
                        + ", which sends its SMS there"));
    }

    private static void require(List<FieldError> unmet, String field, @Nullable String value, ProviderCode provider) {
        if (value == null || value.isBlank()) {
            unmet.add(new FieldError(field, "is required by " + provider.displayName()));
        }
    }
}
