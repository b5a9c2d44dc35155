package com.orderdesk.access;

import java.util.List;

/** The access module's API for the console's operator administration (ADMIN only there). */
public interface Operators {

    /** User names: 3-64 letters, digits, '.', '_' or '-'. */
    String USERNAME_PATTERN = "[a-zA-Z0-9._-]{3,64}";

    /** Every operator, by user name. */
    List<OperatorSummary> all();

    /**
     * Creates an operator.
     *
     * @throws com.orderdesk.shared.InvalidInput naming {@code username} or {@code password} when malformed or too short
     * @throws com.orderdesk.shared.StateConflict when the user name is taken
     */
    OperatorSummary create(String username, String password, OperatorRole role);
}
