/** The paygent payment adapter. It uses nothing of payment but the {@code payment.gateway} port and the adapter kit. */
@NullMarked
package com.orderdesk.payment.paygent;

import org.jspecify.annotations.NullMarked;
