package com.orderdesk.customer.internal;

import com.orderdesk.shared.StateConflict;

/** A customer group with this code exists already. */
public class GroupCodeTaken extends StateConflict {

    GroupCodeTaken(String code) {
        super("group-code-taken", "Group code already used", "A customer group with code '" + code + "' exists already");
    }
}
