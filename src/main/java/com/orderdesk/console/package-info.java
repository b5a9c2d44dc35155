/**
 * 管理画面: the operators' web console, server-rendered in Japanese over the other modules' APIs
 * (no business logic of its own). Browsers sign in with a form and a server session under their
 * own security filter chain with CSRF protection; the REST API keeps its schemes.
 */
@NullMarked
@ApplicationModule(displayName = "Console",
        allowedDependencies = {"order", "payment", "shipping", "shipping :: b2", "shipping :: delivery-methods", "payment :: payment-methods", "payment :: provider-settings", "customer", "customer :: customers", "access", "access :: api-keys", "export", "shared"})
package com.orderdesk.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
