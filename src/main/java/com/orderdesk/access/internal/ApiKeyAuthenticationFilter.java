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
 * request anonymous, and the chain's entry point answers 401. A key over its request rate
 * ({@code orderdesk.access.api-key-requests-per-window}) is answered 429 with Retry-After.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    static final String INTEGRATOR_ROLE = "ROLE_INTEGRATOR";

    private final ApiKeys apiKeys;
    private final Limiters requestsPerKey;
    private final ProblemSecurityResponses problems;

    ApiKeyAuthenticationFilter(ApiKeys apiKeys, Limiters requestsPerKey, ProblemSecurityResponses problems) {
        this.apiKeys = apiKeys;
        this.requestsPerKey = requestsPerKey;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented != null && !presented.isBlank()) {
            var key = apiKeys.authenticate(presented.strip());
            if (key.isPresent()) {
                if (!requestsPerKey.acquire(key.get().id().toString())) {
                    problems.tooMany(response, "API key '" + key.get().name() + "' is over its request rate; slow down",
                            requestsPerKey.window());
                    return;
                }
                var authentication = UsernamePasswordAuthenticationToken.authenticated(
                        new StoreCaller(key.get().id(), key.get().storeId(), key.get().name()), null,
                        List.of(new SimpleGrantedAuthority(INTEGRATOR_ROLE)));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
        }
        chain.doFilter(request, response);
    }
}
