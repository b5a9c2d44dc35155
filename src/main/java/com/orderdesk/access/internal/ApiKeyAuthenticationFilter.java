package com.orderdesk.access.internal;

import java.io.IOException;
import java.util.List;

import com.orderdesk.shared.StoreCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates store-API calls by the {@value #HEADER} header. A missing or bad key leaves the
 * request anonymous, and the chain's entry point answers 401.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    static final String INTEGRATOR_ROLE = "ROLE_INTEGRATOR";

    private final ApiKeys apiKeys;

    ApiKeyAuthenticationFilter(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented != null && !presented.isBlank()) {
            apiKeys.authenticate(presented.strip()).ifPresent(key -> {
                var authentication = UsernamePasswordAuthenticationToken.authenticated(
                        new StoreCaller(key.id(), key.storeId(), key.name()), null, List.of(new SimpleGrantedAuthority(INTEGRATOR_ROLE)));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            });
        }
        chain.doFilter(request, response);
    }
}
