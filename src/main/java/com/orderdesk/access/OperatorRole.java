package com.orderdesk.access;

/** What an operator may do: ADMIN additionally manages operators and API keys. */
public enum OperatorRole {
    OPERATOR,
    ADMIN
}
