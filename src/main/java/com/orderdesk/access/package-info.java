/**
 * Who may use OrderDesk: operator accounts (HTTP Basic, BCrypt, roles OPERATOR and ADMIN) for the
 * admin API, hashed API keys for integrators on the store API, and the security filter chains that
 * keep {@code /api/admin/**}, {@code /api/store/**} and {@code /webhooks/**} apart. Kept out of
 * {@code shared} because it owns tables and behaviour; no other module depends on it.
 */
@NullMarked
@ApplicationModule(displayName = "Access", allowedDependencies = "shared")
package com.orderdesk.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
