/**
 * {@code Idempotency-Key} support for every POST under {@code /api/admin/**} and
 * {@code /api/store/**}: a servlet filter behind Spring Security claims the key in PostgreSQL before
 * the handler runs and replays the stored response for a retry, so that a client's retry never
 * repeats a side effect such as a provider call. Infrastructure of the shared module; nothing
 * outside this package refers to it.
 */
@NullMarked
package com.orderdesk.shared.idempotency;

import org.jspecify.annotations.NullMarked;
