package com.orderdesk.payment.internal.methods;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.shipping.DeliveryMethodInfo;
import com.orderdesk.shipping.ShippingManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment methods a storefront may offer for a cart, with each one's fee for the cart amount.
 * The same {@link PaymentMethodRules} later judge the placed order, on its total with the fee the
 * storefront sent.
 */
@Service
public class StorePaymentMethods {

    private final PaymentMethodRepository methods;
    private final PaymentMethodRules rules;
    private final CustomerGroupResolver groups;
    private final ShippingManagement shipping;

    StorePaymentMethods(PaymentMethodRepository methods, PaymentMethodRules rules, CustomerGroupResolver groups,
            ShippingManagement shipping) {
        this.shipping = shipping;
        this.methods = methods;
        this.rules = rules;
        this.groups = groups;
    }

    /**
     * @param cartAmount what the cart costs before any payment fee (goods, shipping, discounts), yen
     * @param goodsAmount the goods alone (商品金額, no shipping or fees), for providers whose limits are on
     *        it; null takes {@code cartAmount} instead
     * @param deliveryMethod the chosen delivery method code, null if not chosen yet (then methods
     *        limited to some delivery methods are left out)
     * @param customerGroups group codes the caller vouches for
     * @param customerId a registered customer whose groups count as well
     * @param digitalLines the cart holds a digital line (download or service goods): methods whose
     *        provider takes only goods that ship are left out, as placing the order would refuse them
     * @return the applicable methods in the shop's sort order, never null
     */
    @Transactional(readOnly = true)
    public List<ApplicablePaymentMethod> applicableTo(long cartAmount, @Nullable Long goodsAmount,
            @Nullable String deliveryMethod,
            Set<String> customerGroups, @Nullable UUID customerId, boolean digitalLines) {
        Set<String> allGroups = groups.groups(customerGroups, customerId);
        // The delivery method's own list (基本設定 > 配送方法 > 支払方法): checkout refuses what it leaves out.
        Optional<DeliveryMethodInfo> delivery = deliveryMethod == null ? Optional.empty()
                : shipping.deliveryMethod(deliveryMethod);
        return methods.findByEnabledTrueOrderBySortOrderAscCodeAsc().stream()
                .filter(method -> delivery.map(info -> info.allowsPaymentMethod(method.code())).orElse(true))
                .map(method -> {
                    long fee = method.fee().feeFor(cartAmount);
                    Purchase purchase = new Purchase(Math.addExact(cartAmount, fee),
                            goodsAmount == null ? cartAmount : goodsAmount, deliveryMethod, allGroups,
                            customerId, true, digitalLines);
                    return rules.refusal(method, purchase, true).isPresent() ? null
                            : new ApplicablePaymentMethod(method.code(), method.name(), method.provider(),
                                    method.captureImmediately(), fee, method.fee().displayLabel(), method.fee().taxCategory(),
                                    purchase.billedAmount(),
                                    method.completionText(), method.emailTitle(), method.emailText());
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
