/** The mail module's admin API: templates, previews, the outbox viewer, sends and bulk jobs. */
@NullMarked
package com.orderdesk.mail.web;

import org.jspecify.annotations.NullMarked;
