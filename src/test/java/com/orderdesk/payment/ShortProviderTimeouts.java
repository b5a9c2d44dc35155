package com.orderdesk.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * GMO-PG and Paygent calls give up reading after {@link #READ_TIMEOUT} (30 s in application.yml), so
 * that a provider slower than that ({@link ProviderFault#SLOW}) is reached in a second; set
 * in the {@link IsolatedSettings} context, which these tests share with others of rare settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IsolatedSettings
public @interface ShortProviderTimeouts {

    /** The read timeout {@link IsolatedSettings} sets. */
    java.time.Duration READ_TIMEOUT = java.time.Duration.ofSeconds(1);
}
