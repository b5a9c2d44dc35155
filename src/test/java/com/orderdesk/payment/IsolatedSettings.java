package com.orderdesk.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * One context for the few tests whose settings every other test must not have, instead of one
 * context each (a context costs 10-40 s to start on the CI's two cores): GMO-PG and Paygent give up
 * reading after 1 s ({@link ShortProviderTimeouts}), order numbers are longer than DSK's orderid
 * ({@code DskLongOrderNumberIntegrationTests}) and the simulators are switched off
 * ({@code SandboxSwitchedOffIntegrationTests}). None of these tests reaches a simulator (their
 * providers are WireMock servers) or cares about the others' settings. The circuit breakers keep
 * application.yml's settings; this context also keeps the breakers the fault tests open away from
 * every other test's providers. Every class here carries exactly this annotation (with the payment
 * core's test configuration), so they share the context; a property added elsewhere on one of them
 * would start another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(PaymentTestConfiguration.class)
@TestPropertySource(properties = {"orderdesk.payment.gmo.read-timeout=1s",
        "orderdesk.payment.paygent.read-timeout=1s", "orderdesk.orders.number-prefix=CRAFTCART-TOKYO-",
        "orderdesk.sandbox.enabled=false"})
public @interface IsolatedSettings {
}
