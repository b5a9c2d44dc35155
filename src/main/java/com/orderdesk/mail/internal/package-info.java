/** The mail module's implementation: templates, rendering, the outbox and its worker. */
@NullMarked
package com.orderdesk.mail.internal;

import org.jspecify.annotations.NullMarked;
