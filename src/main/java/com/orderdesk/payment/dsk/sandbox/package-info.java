/**
 * A development tool: an in-process simulator of DSK's paperless payment (registration, selection
 * page, cancel, status query) and its payment notices, so a newcomer can play the shopper without a
 * DSK contract. Speaks the PROPOSED protocol of {@code shared/providers/dsk-paperless.md}. Not a
 * test double for production code and never a source of truth.
 */
@NullMarked
package com.orderdesk.payment.dsk.sandbox;

import org.jspecify.annotations.NullMarked;
