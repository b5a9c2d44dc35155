/**
 * Customers (会員), their user groups that gate payment methods, and B2B buyer accounts with their
 * credit-review status.
 */
@NullMarked
@ApplicationModule(displayName = "Customer", allowedDependencies = "shared")
package com.orderdesk.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
