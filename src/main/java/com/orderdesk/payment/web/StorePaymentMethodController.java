package com.orderdesk.payment.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.customer.CustomerManagement;
import com.orderdesk.payment.internal.methods.ApplicablePaymentMethod;
import com.orderdesk.payment.internal.methods.StorePaymentMethods;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StoreCaller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment methods a storefront may offer for a cart (API key), with each one's fee. The
 * storefront sends the chosen method and the fee it showed when it places the order.
 */
@RestController
@RequestMapping("/api/store/payment-methods")
class StorePaymentMethodController {

    /** A trillion yen: far above any cart, low enough that adding a fee cannot overflow. */
    static final long MAX_AMOUNT = 1_000_000_000_000L;

    private final StorePaymentMethods methods;

    private final CustomerManagement customers;

    StorePaymentMethodController(StorePaymentMethods methods, CustomerManagement customers) {
        this.methods = methods;
        this.customers = customers;
    }

    /**
     * @param amount the cart amount before any payment fee, yen
     * @param goodsAmount the goods alone (商品金額: no shipping, no fees), yen; some providers' limits are on
     *        it (Paidy via Paygent). Without it the cart amount stands in, which may hide such a method near
     *        its maximum
     * @param customerGroup repeatable; groups the storefront knows the shopper is in
     * @param customerId a customer the store registered, whose groups count as well; another store's
     *        customer is 404 like an unknown one
     * @param digital the cart holds at least one digital line (download or service goods); methods
     *        whose provider takes only goods that ship (Kuroneko atobarai) are then left out, since
     *        placing the order with them would be refused (422 naming {@code lines[i].digital})
     */
    @GetMapping
    List<ApplicablePaymentMethod> applicable(@RequestParam @PositiveOrZero @Max(MAX_AMOUNT) long amount,
            @RequestParam(required = false) @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long goodsAmount,
            @RequestParam(required = false) @Nullable String deliveryMethod,
            @RequestParam(required = false) @Nullable Set<String> customerGroup,
            @RequestParam(required = false) @Nullable UUID customerId,
            @RequestParam(defaultValue = "false") boolean digital) {
        if (customerId != null && !customers.existsInStore(customerId, StoreCaller.currentStore())) {
            throw new NotFound("Customer", customerId.toString());
        }
        return methods.applicableTo(amount, goodsAmount, deliveryMethod, customerGroup == null ? Set.of() : customerGroup, customerId,
                digital);
    }
}
