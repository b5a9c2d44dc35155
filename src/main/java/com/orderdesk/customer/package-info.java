/**
 * Customers (会員) and their user groups (ユーザーグループ) that gate payment methods, maintained by
 * operators one by one, in bulk or by CSV round trip. {@code CustomerManagement} answers other
 * modules (does a customer exist, which groups is it in); the module depends on shared only.
 */
@NullMarked
@ApplicationModule(displayName = "Customer", allowedDependencies = "shared")
package com.orderdesk.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
