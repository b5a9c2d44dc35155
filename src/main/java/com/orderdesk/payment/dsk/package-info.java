/**
 * The DSK (電算システム) paperless convenience-store adapter: registration for the
 * payment-method-selection page, cancel while unpaid, re-issue on amount changes, the status query,
 * and the payment notices (入金速報) at {@code /webhooks/dsk}. Only this package knows DSK's Shift_JIS
 * key=value wire format ({@code wire}) and its simulator ({@code sandbox}); the payment core sees it
 * only through the {@code payment.gateway} port, and it uses nothing of payment but that port and
 * the adapter kit ({@code payment.gateway.kit}). DSK's public material is thin: what is public and
 * what is PROPOSED (assumed for the simulator) is said where it is handled, after
 * {@code shared/providers/dsk-paperless.md}.
 */
@NullMarked
package com.orderdesk.payment.dsk;

import org.jspecify.annotations.NullMarked;
