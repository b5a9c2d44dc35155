/**
 * The port every payment provider adapter implements ({@link com.orderdesk.payment.gateway.PaymentGateway})
 * and its value types. Provider packages depend on this package, the payment core only ever sees
 * it: nothing here knows a provider's wire format.
 */
@NullMarked
package com.orderdesk.payment.gateway;

import org.jspecify.annotations.NullMarked;
