/**
 * Payments behind one {@code PaymentGateway} port with an adapter per provider (GMO-PG, DSK,
 * Paygent/Paidy, Kuroneko atobarai and kakebarai): payment state, operations log, webhook inbox and
 * provider settings. Listens to order and shipping events; sits on top of every other module.
 */
@NullMarked
@ApplicationModule(displayName = "Payment", allowedDependencies = {"order", "shipping", "customer", "shared"})
package com.orderdesk.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
