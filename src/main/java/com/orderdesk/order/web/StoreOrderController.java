package com.orderdesk.order.web;

import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderForm.PlaceOrderRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Orders placed by an integrator's storefront (API key). */
@RestController
@RequestMapping("/api/store/orders")
class StoreOrderController {

    private final OrderManagement orders;

    StoreOrderController(OrderManagement orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request) {
        return OrderAdminController.created(orders.place(OrderChannel.STORE, request.toContent()));
    }
}
