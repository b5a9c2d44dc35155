/**
 * The GMO Payment Gateway (PG Multi-Payment, protocol type) credit card adapter: token payments,
 * stored cards, 3-D Secure 2.0, capture / amount change / void-return-cross-month-return, the
 * result notification at {@code /webhooks/gmo-pg}, and the operator's stored-card API. Only this
 * package knows GMO's key=value wire format ({@code wire}) and its simulator ({@code sandbox});
 * the payment core sees it only through the {@code payment.gateway} port, and it uses nothing of
 * payment but that port and the adapter kit ({@code payment.gateway.kit}). Protocol facts and their
 * sources: {@code shared/providers/gmo-pg.md}.
 */
@NullMarked
package com.orderdesk.payment.gmo;

import org.jspecify.annotations.NullMarked;
