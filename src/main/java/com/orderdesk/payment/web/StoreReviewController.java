package com.orderdesk.payment.web;

import java.util.Map;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentReviews;
import com.orderdesk.shared.StoreCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shopper completes a payment's review step (atobarai's SMS code) through the storefront. A
 * wrong input answers 200 with {@code WRONG_INPUT} and the attempts left; a payment not waiting for
 * the shopper is 409. The input is a secret: passed to the adapter, never stored or logged.
 */
@RestController
@RequestMapping("/api/store")
class StoreReviewController {

    private final OrderManagement orders;
    private final PaymentReviews reviews;

    StoreReviewController(OrderManagement orders, PaymentReviews reviews) {
        this.orders = orders;
        this.reviews = reviews;
    }

    record ReviewInput(@NotEmpty Map<String, String> input) {
    }

    @PostMapping("/orders/{number}/payment/review")
    PaymentReviews.ReviewAnswer review(@PathVariable String number, @Valid @RequestBody ReviewInput body) {
        // Another store's order is 404, as if it did not exist (tenant isolation).
        orders.findForStore(number, StoreCaller.currentStore());
        return reviews.completeReviewStep(number, body.input());
    }
}
