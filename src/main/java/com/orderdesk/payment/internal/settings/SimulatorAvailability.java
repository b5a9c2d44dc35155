package com.orderdesk.payment.internal.settings;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A provider whose settings hold live credentials (environment TEST or PRODUCTION) does not use
 * its built-in simulator, so its sandbox routes answer 404 (problem {@code simulator-off}) instead
 * of letting anyone play that provider against this instance. The simulators of providers still in
 * SANDBOX keep working; {@code orderdesk.sandbox.enabled=false} removes every simulator route.
 */
@Configuration(proxyBeanMethods = false)
class SimulatorAvailability implements WebMvcConfigurer {

    private static final String PREFIX = "/api/sandbox/";

    private final StoredProviderSettingsRepository settings;

    SimulatorAvailability(StoredProviderSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                refuseWhenLive(request.getRequestURI().substring(request.getContextPath().length()));
                return true;
            }
        }).addPathPatterns(PREFIX + "**");
    }

    private void refuseWhenLive(String path) {
        if (!path.startsWith(PREFIX)) {
            return;
        }
        String rest = path.substring(PREFIX.length());
        String slug = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        ProviderCode.fromSlug(slug).ifPresent(provider -> settings.findById(provider.name())
                .filter(stored -> stored.environment() != Environment.SANDBOX)
                .ifPresent(stored -> {
                    throw new SimulatorOff(provider, stored.environment());
                }));
    }

    /** The provider runs on live credentials: its simulator is off (404, like a route that is not there). */
    static class SimulatorOff extends ProblemException {

        SimulatorOff(ProviderCode provider, Environment environment) {
            super(404, "simulator-off", "Simulator off", "the " + provider.displayName() + " simulator is off: "
                    + provider.displayName() + " runs on stored " + environment + " credentials; switch its"
                    + " environment back to SANDBOX to play it here");
        }
    }
}
