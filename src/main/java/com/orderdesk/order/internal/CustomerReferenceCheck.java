package com.orderdesk.order.internal;

import java.util.List;
import java.util.UUID;

import com.orderdesk.customer.CustomerManagement;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderCheck;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Refuses an order placed for a customer ({@code customerId}) the customer module does not know;
 * guest orders (no customerId) pass. Only placing is checked: an edit cannot change the customer,
 * and an order must stay editable after its member has been removed. A store order may name only
 * customers of the same store (tenant isolation of the store API). The only place order calls
 * the customer module.
 */
@Component
class CustomerReferenceCheck implements OrderCheck {

    private final CustomerManagement customers;

    CustomerReferenceCheck(CustomerManagement customers) {
        this.customers = customers;
    }

    @Override
    public void verify(Order order, boolean placing) {
        if (placing && order.customerId() != null && !known(order.customerId(), order.storeId())) {
            throw new UnprocessableRequest("unknown-customer", "No customer has the id " + order.customerId(),
                    List.of(new FieldError("customerId", "no customer has this id")));
        }
    }

    /** A store order may name only its own store's customers; another store's reads as unknown. */
    private boolean known(UUID customerId, @Nullable UUID storeId) {
        return storeId == null ? customers.exists(customerId) : customers.existsInStore(customerId, storeId);
    }
}
