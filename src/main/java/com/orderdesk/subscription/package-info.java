/**
 * 定期購入: subscriptions that place an order on schedule (channel SUBSCRIPTION, one per cycle) and
 * start its payment with what the subscription holds (a stored card, or a fresh registration for
 * providers the shopper pays at). Depends on the order, payment and customer APIs; nothing below it
 * knows subscriptions. Publishes {@code SubscriptionOrderCreated} and {@code SubscriptionPaymentDeclined}
 * for the customer mails.
 */
@NullMarked
@ApplicationModule(displayName = "Subscription", allowedDependencies = {"order", "payment", "payment :: next-action", "customer", "shared"})
package com.orderdesk.subscription;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
