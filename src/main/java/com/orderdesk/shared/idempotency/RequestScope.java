package com.orderdesk.shared.idempotency;

/**
 * What an {@code Idempotency-Key} is unique within: the authenticated principal and the request
 * method and path. Two integrators, or one integrator on two endpoints, may use the same key
 * without meeting each other.
 */
record RequestScope(String principal, String method, String path, String key) {
}
