package com.orderdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real loopback port (on an {@link IntegrationTestSupport}), so that the
 * payment adapters reach the built-in simulators over HTTP and the simulators call back the
 * webhooks. The console tests, the edge-error tests and the sandbox end-to-end tests share this one
 * context: each distinct configuration would start a context of its own (10-40 s on two cores).
 * The GMO-PG simulator resends an unacknowledged result notification after 1 s (1 min by default),
 * so that the sandbox tests see its tries; a notice the app acknowledges is never resent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "orderdesk.payment.gmo.simulator.resend-interval=PT1S", "orderdesk.payment.gmo.simulator.tries=5"})
public @interface RealPortIntegrationTest {
}
