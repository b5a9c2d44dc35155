/**
 * A development tool: an in-process simulator of GMO-PG's card API and result notification, so a
 * newcomer can play every flow without a GMO contract. Not a test double for production code and
 * never a source of truth.
 */
@NullMarked
package com.orderdesk.payment.gmo.sandbox;

import org.jspecify.annotations.NullMarked;
