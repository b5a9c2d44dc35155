package com.orderdesk.payment.internal.methods;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.CustomerEligibility;
import com.orderdesk.payment.gateway.DigitalGoodsExclusion;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides whether a payment method may pay a purchase, the one rule set behind both the storefront
 * listing and the check on placed and edited orders, so the two can never disagree. A method is
 * refused when OrderDesk has no adapter for its provider, it or its provider is disabled, the
 * delivery method or the customer's groups are not among those allowed, the storefront's cart holds
 * a digital line and the provider takes only goods that ship, or the billed amount is outside the
 * method's range or the provider's own limits.
 */
@Component
class PaymentMethodRules {

    private final ProviderSettingsLookup settings;
    private final PaymentGateways gateways;

    PaymentMethodRules(ProviderSettingsLookup settings, PaymentGateways gateways) {
        this.settings = settings;
        this.gateways = gateways;
    }

    /** Why the method cannot pay the purchase; empty when it can. */
    Optional<String> refusal(PaymentMethod method, Purchase purchase, boolean checkEnabled) {
        if (checkEnabled && !method.enabled()) {
            return Optional.of("payment method " + method.code() + " is disabled");
        }
        Optional<String> provider = providerRefusal(method.provider());
        if (provider.isPresent()) {
            return provider;
        }
        if (purchase.digitalLines() && capabilities(method.provider()).map(c -> !c.digitalGoods()).orElse(false)) {
            return Optional.of("payment method " + method.code() + ": " + method.provider().displayName()
                    + " takes only goods that ship, and the cart holds a digital line (download or service goods)"
                    + DigitalGoodsExclusion.reasonAfter(gateways.get(method.provider())));
        }
        if (!method.deliveryMethods().isEmpty()) {
            if (purchase.deliveryMethod() == null) {
                return Optional.of("payment method " + method.code() + " is limited to delivery methods "
                        + sorted(method.deliveryMethods()) + " and no delivery method is given");
            }
            if (!method.deliveryMethods().contains(purchase.deliveryMethod())) {
                return Optional.of("payment method " + method.code() + " is not available with delivery method "
                        + purchase.deliveryMethod());
            }
        }
        if (!method.customerGroups().isEmpty()
                && method.customerGroups().stream().noneMatch(purchase.customerGroups()::contains)) {
            return Optional.of("payment method " + method.code() + " is limited to customer groups "
                    + sorted(method.customerGroups()));
        }
        // The method's own limits are on the same amount as its provider's (manual ⑨ 適用条件: 商品金額).
        GatewayCapabilities.AmountBasis basis = capabilities(method.provider())
                .map(GatewayCapabilities::amountBasis).orElse(GatewayCapabilities.AmountBasis.BILLED);
        String what = basis == GatewayCapabilities.AmountBasis.GOODS ? "the goods amount (商品金額) " : "the amount ";
        long amount = purchase.amountOn(basis);
        return amountRefusal(what, "payment method " + method.code(), method.minAmount(), method.maxAmount(), amount)
                .or(() -> capabilities(method.provider()).flatMap(capabilities -> amountRefusal(what,
                        method.provider().displayName(), capabilities.minAmount(), capabilities.maxAmount(), amount)))
                .or(() -> eligibilityRefusal(method, purchase));
    }

    /** The provider's own say on the customer (kakebarai: a screened buyer whose availability check passes). */
    private Optional<String> eligibilityRefusal(PaymentMethod method, Purchase purchase) {
        if (!purchase.askProvider()) {
            return Optional.empty();
        }
        return gateways.feature(method.provider(), CustomerEligibility.class)
                .flatMap(eligibility -> eligibility.refusal(purchase.customerId(), purchase.customerGroups(),
                        settings.settingsFor(method.provider())))
                .map(reason -> "payment method " + method.code() + ": " + reason);
    }

    private Optional<String> providerRefusal(ProviderCode provider) {
        if (capabilities(provider).isEmpty()) {
            return Optional.of("OrderDesk has no adapter for " + provider.displayName());
        }
        try {
            if (!settings.settingsFor(provider).enabled()) {
                return Optional.of(provider.displayName() + " is disabled");
            }
            return Optional.empty();
        } catch (ProviderNotConfigured ex) {
            return Optional.of(ex.getMessage());
        }
    }

    /** The provider's capabilities; empty when OrderDesk has no adapter for it (the method is then refused). */
    private Optional<GatewayCapabilities> capabilities(ProviderCode provider) {
        return gateways.all().stream().filter(gateway -> gateway.providerCode().equals(provider)).findFirst()
                .map(PaymentGateway::capabilities);
    }

    private static Optional<String> amountRefusal(String what, String who, @Nullable Long min,
            @Nullable Long max, long amount) {
        if (min != null && amount < min) {
            return Optional.of(what + yen(amount) + " is below the minimum of " + who + " (" + yen(min) + ")");
        }
        if (max != null && amount > max) {
            return Optional.of(what + yen(amount) + " is above the maximum of " + who + " (" + yen(max) + ")");
        }
        return Optional.empty();
    }

    private static String sorted(Set<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }

    private static String yen(long amount) {
        return String.format("%,d円", amount);
    }
}
