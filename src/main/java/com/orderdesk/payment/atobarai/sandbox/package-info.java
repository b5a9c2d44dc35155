/** The built-in atobarai simulator (a development tool): Yamato's rules, XML replies, and switches to play Yamato. */
@NullMarked
package com.orderdesk.payment.atobarai.sandbox;

import org.jspecify.annotations.NullMarked;
