package com.orderdesk.customer.internal;

import com.orderdesk.shared.StateConflict;

/** Another member already uses this e-mail address (compared without regard to case). */
public class EmailAlreadyRegistered extends StateConflict {

    EmailAlreadyRegistered(String email) {
        super("email-already-registered", "E-mail address already registered",
                "Another customer is already registered with " + email);
        with("email", email);
    }
}
