/**
 * The Yamato B2 Cloud (送り状発行システム B2クラウド) CSV exchange: the 97-column import layout written
 * in CP932 for label printing, and B2's issued data read back to register tracking numbers. The
 * wire facts live in {@code shared/providers/yamato-b2-csv.md}; this package knows nothing of HTTP.
 * Exposed as {@code shipping :: b2} so that the console's 出荷 page runs the same export and import
 * as the REST API.
 */
@NullMarked
@NamedInterface("b2")
package com.orderdesk.shipping.internal.b2;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
