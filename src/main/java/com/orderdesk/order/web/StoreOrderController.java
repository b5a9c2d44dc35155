package com.orderdesk.order.web;

import java.net.URI;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderForm.PlaceOrderRequest;
import com.orderdesk.shared.StoreCaller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders placed by an integrator's storefront (API key); they belong to the key's store. Reading
 * them back ({@code GET /api/store/orders/…}) is the integration module's, which joins payment and
 * shipping.
 */
@RestController
@RequestMapping("/api/store/orders")
class StoreOrderController {

    private final OrderManagement orders;

    StoreOrderController(OrderManagement orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request) {
        Order order = orders.placeForStore(StoreCaller.currentStore(), request.toContent());
        // The Location is the store API's read-back, which this key can open (not the admin API).
        return ResponseEntity.created(URI.create("/api/store/orders/" + order.number())).body(OrderView.of(order));
    }
}
