/**
 * A development tool: the built-in Paygent / Paidy simulator ({@code /api/sandbox/paygent-paidy}),
 * speaking the adapter's wire format with the rules a real Paygent enforces, as far as they are
 * public, and the ASSUMED error codes of {@code PaygentErrors}.
 */
@NullMarked
package com.orderdesk.payment.paygent.sandbox;

import org.jspecify.annotations.NullMarked;
