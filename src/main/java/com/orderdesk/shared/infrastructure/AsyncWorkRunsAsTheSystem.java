package com.orderdesk.shared.infrastructure;

import io.micrometer.context.ContextRegistry;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolderThreadLocalAccessor;

/**
 * Work handed to another thread (the module event listeners above all) runs as the system, never as
 * the operator whose request started it. Spring Modulith's observability decorates the task executors
 * with context propagation so that a listener's observation joins its request's trace; Spring Security
 * registers its {@code SecurityContext} with the same context registry, so without this the listener
 * would also carry the operator's sign-in: the history would say "by operator1" for the authorization
 * the system makes after an order is placed, and "by system" for the same step redelivered after a
 * crash. Only the security context is taken out; observations still propagate.
 */
@Configuration(proxyBeanMethods = false)
class AsyncWorkRunsAsTheSystem {

    /** Static and a post-processor, so the registry is changed before any executor is built or used. */
    @Bean
    static BeanFactoryPostProcessor securityContextStaysOnItsThread() {
        return beanFactory -> ContextRegistry.getInstance()
                .removeThreadLocalAccessor(new SecurityContextHolderThreadLocalAccessor().key());
    }
}
