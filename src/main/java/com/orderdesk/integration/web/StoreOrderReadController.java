package com.orderdesk.integration.web;

import com.orderdesk.integration.StoreOrder;
import com.orderdesk.integration.internal.StoreOrders;
import com.orderdesk.shared.StoreCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The integrator reads its store's orders back (API key): another store's order is 404, exactly
 * like a number that does not exist. Placing stays with {@code POST /api/store/orders}.
 */
@RestController
@RequestMapping("/api/store/orders")
class StoreOrderReadController {

    private final StoreOrders orders;

    StoreOrderReadController(StoreOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/{number}")
    StoreOrder order(@PathVariable String number) {
        return orders.ofStore(number, StoreCaller.currentStore());
    }
}
