/**
 * GMO-PG's wire format: {@code application/x-www-form-urlencoded} requests to
 * {@code /payment/<Api>.idPass}, {@code Key=Value&…} answers, {@code ErrCode}/{@code ErrInfo}
 * pipe lists, and one record per API named after GMO's own words. Nothing here leaves the
 * {@code gmo} package tree.
 */
@NullMarked
package com.orderdesk.payment.gmo.wire;

import org.jspecify.annotations.NullMarked;
