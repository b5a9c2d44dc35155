package com.orderdesk.access.internal;

import java.util.EnumSet;
import java.util.Set;

import com.orderdesk.access.ApiScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Compares the scopes of the calling API key with the store route's ({@link StoreRouteScopes}) once
 * the handler is known: an unknown path still answers 404, a route without declared scopes is
 * refused (fail closed), and a missing scope is a 403 problem naming it. Runs after the store
 * chain has authenticated the key.
 */
@Configuration(proxyBeanMethods = false)
class StoreScopeCheck implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/store/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || !(handler instanceof HandlerMethod)) {
            return true; // no controller of ours (the static-resource fallback answers 404): nothing to grant
        }
        String route = request.getMethod() + " " + pattern;
        Set<ApiScope> required = StoreRouteScopes.of(request.getMethod(), pattern.toString())
                .orElseThrow(() -> new MissingScope(route));
        Set<ApiScope> missing = EnumSet.noneOf(ApiScope.class);
        missing.addAll(required);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null && name.startsWith(ApiKeyAuthenticationFilter.SCOPE_AUTHORITY)) {
                    ApiScope.of(name.substring(ApiKeyAuthenticationFilter.SCOPE_AUTHORITY.length())).ifPresent(missing::remove);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingScope(missing);
        }
        return true;
    }
}
