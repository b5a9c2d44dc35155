package com.orderdesk.access;

import java.time.Instant;

/** An operator account as other modules see it; never its password hash. */
public record OperatorSummary(String username, OperatorRole role, boolean enabled, Instant createdAt) {
}
