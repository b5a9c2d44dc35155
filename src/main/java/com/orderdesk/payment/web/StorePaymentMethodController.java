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
     * @param customerGroup repeatable; groups the storefront knows the shopper is in
     * @param customerId a customer the store registered, whose groups count as well; another store's
     *        customer is 404 like an unknown one
     */
    @GetMapping
    List<ApplicablePaymentMethod> applicable(@RequestParam @PositiveOrZero @Max(MAX_AMOUNT) long amount,
            @RequestParam(required = false) @Nullable String deliveryMethod,
            @RequestParam(required = false) @Nullable Set<String> customerGroup,
            @RequestParam(required = false) @Nullable UUID customerId) {
        if (customerId != null && !customers.existsInStore(customerId, StoreCaller.currentStore())) {
            throw new NotFound("Customer", customerId.toString());
        }
        return methods.applicableTo(amount, deliveryMethod, customerGroup == null ? Set.of() : customerGroup, customerId);
    }
}
