/**
 * DSK's wire format: Shift_JIS (Windows-31J) form posts, {@code key=value} replies that must be
 * read by a fixed key order, the {@code result} codes, and one record per call. Which fields are
 * public (the w2 package and its notice harness) and which are PROPOSED for the simulator is said
 * on each type; see {@code shared/providers/dsk-paperless.md}. Nothing here leaves the {@code dsk}
 * package tree.
 */
@NullMarked
package com.orderdesk.payment.dsk.wire;

import org.jspecify.annotations.NullMarked;
