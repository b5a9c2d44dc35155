package com.orderdesk.customer.internal;

import com.orderdesk.shared.NotFound;

/** No customer has the given id or e-mail address. */
public class CustomerNotFound extends NotFound {

    public CustomerNotFound(String identifier) {
        super("Customer", identifier);
    }
}
