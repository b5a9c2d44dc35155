/**
 * Paygent's module-type telegrams for Paidy on the wire (343 verify, 341 capture, 340 cancel, 342
 * refund, 094 status query), their CRLF {@code name=value} replies in Shift_JIS, and the {@code hc}
 * hash of the 決済情報差分通知. What {@code shared/providers/paygent-paidy.md} records is public; what
 * it does not record is marked ASSUMED where it is used.
 */
@NullMarked
package com.orderdesk.payment.paygent.wire;

import org.jspecify.annotations.NullMarked;
