package com.orderdesk.payment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderForm;
import com.orderdesk.order.OrderForm.CustomerInput;
import com.orderdesk.order.OrderForm.DeliveryInput;
import com.orderdesk.order.OrderForm.LineInput;
import com.orderdesk.order.OrderContent;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.PriceAdjustment;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.StorePayment;
import com.orderdesk.shared.StoreCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The storefront's checkout: place an order and start its payment in one call, then pay a pending
 * payment with the shopper's instrument (a card token) and read what the shopper must do next.
 * Instrument values are secrets: passed to the adapter, never stored or logged.
 */
@RestController
@RequestMapping("/api/store")
class StoreCheckoutController {

    private static final long MAX_AMOUNT = OrderForm.MAX_AMOUNT;

    private final OrderManagement orders;
    private final PaymentManagement payments;

    StoreCheckoutController(OrderManagement orders, PaymentManagement payments) {
        this.orders = orders;
        this.payments = payments;
    }

    /** The order as the store places it, plus how the shopper pays. */
    record CheckoutRequest(
            @Nullable UUID customerId,
            @NotNull @Valid CustomerInput customer,
            @Valid @Nullable DeliveryInput delivery,
            @Size(max = 32) @Nullable String deliveryMethodCode,
            @NotBlank @Size(max = 32) String paymentMethodCode,
            @Nullable LocalDate deliveryDate,
            @Size(max = 32) @Nullable String deliveryTimeSlot,
            @NotEmpty @Size(max = 500) List<@Valid LineInput> lines,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long shippingFee,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long paymentFee,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long usedPoints,
            @Size(max = 2000) @Nullable String customerNote,
            @Nullable Map<String, String> instrument,
            @Size(max = 2048) @Nullable String returnUrl) {

        OrderContent toContent() {
            return new OrderContent(customerId, customer.toDetails(), delivery == null ? null : delivery.toAddress(),
                    deliveryMethodCode, paymentMethodCode, deliveryDate, deliveryTimeSlot,
                    lines.stream().map(LineInput::toLine).toList(),
                    orZero(shippingFee), orZero(paymentFee), PriceAdjustment.NONE, orZero(usedPoints), customerNote);
        }
    }

    record PayRequest(@NotEmpty Map<String, String> instrument, @Size(max = 2048) @Nullable String returnUrl) {
    }

    /** The placed order at a glance and its payment for the shopper. */
    record CheckoutResponse(OrderSummary order, StorePayment payment) {
    }

    record OrderSummary(String number, String status, long total) {
        static OrderSummary of(Order order) {
            return new OrderSummary(order.number(), order.status().name(), order.totals().total());
        }
    }

    @PostMapping("/checkout")
    ResponseEntity<CheckoutResponse> checkout(@Valid @RequestBody CheckoutRequest request) {
        Order order = orders.placeForStore(StoreCaller.currentStore(), request.toContent());
        StorePayment payment = payments.startStorePayment(order.number(),
                request.instrument() == null ? Map.of() : request.instrument(), request.returnUrl());
        return ResponseEntity.created(URI.create("/api/store/orders/" + order.number()))
                .body(new CheckoutResponse(OrderSummary.of(order), payment));
    }

    @PostMapping("/orders/{number}/payment")
    StorePayment pay(@PathVariable String number, @Valid @RequestBody PayRequest request) {
        ownOrder(number);
        return payments.payStoreOrder(number, request.instrument(), request.returnUrl());
    }

    record AuthenticationReturn(@NotEmpty Map<String, String> parameters) {
    }

    /** The shopper is back from the provider's authentication (3-D Secure); finish the payment. */
    @PostMapping("/orders/{number}/payment/authentication")
    StorePayment completeAuthentication(@PathVariable String number, @Valid @RequestBody AuthenticationReturn body) {
        ownOrder(number);
        return payments.completeAuthentication(number, body.parameters());
    }

    @GetMapping("/orders/{number}/payment")
    StorePayment payment(@PathVariable String number) {
        ownOrder(number);
        return payments.storePayment(number);
    }

    /** Another store's order is 404, as if it did not exist (tenant isolation). */
    private void ownOrder(String number) {
        orders.findForStore(number, StoreCaller.currentStore());
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }
}
