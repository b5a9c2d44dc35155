/**
 * The Yamato B2 Cloud (送り状発行システム B2クラウド) CSV exchange: the 97-column import layout written
 * in CP932 for label printing, and B2's issued data read back to register tracking numbers. The
 * wire facts live in {@code shared/providers/yamato-b2-csv.md}; this package knows nothing of HTTP.
 */
@NullMarked
package com.orderdesk.shipping.internal.b2;

import org.jspecify.annotations.NullMarked;
