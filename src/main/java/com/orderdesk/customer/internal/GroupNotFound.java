package com.orderdesk.customer.internal;

import com.orderdesk.shared.NotFound;

/** No customer group has the given code. */
public class GroupNotFound extends NotFound {

    public GroupNotFound(String code) {
        super("Customer group", code);
    }
}
