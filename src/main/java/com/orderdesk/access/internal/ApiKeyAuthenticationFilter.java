package com.orderdesk.access.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.orderdesk.shared.StoreCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates store-API calls by the {@value #HEADER} header. A missing or bad key leaves the
 * request anonymous, and the chain's entry point answers 401. A key over its request rate
 * ({@code orderdesk.access.api-key-requests-per-window}) is answered 429 with Retry-After. An
 * expired key is refused like a wrong one, but the 401 says it expired so the integrator knows to
 * ask for a new key. The key's scopes become {@value #SCOPE_AUTHORITY}… authorities, which
 * {@link StoreScopeCheck} compares with the route's.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    static final String INTEGRATOR_ROLE = "ROLE_INTEGRATOR";
    static final String SCOPE_AUTHORITY = "SCOPE_";
    /** Request attribute telling the entry point that the key presented has expired (its expiry instant). */
    static final String EXPIRED_AT = ApiKeyAuthenticationFilter.class.getName() + ".expiredAt";

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
            ApiKeys.Presented checked = apiKeys.check(presented.strip());
            if (checked instanceof ApiKeys.Presented.Expired expired) {
                request.setAttribute(EXPIRED_AT, String.valueOf(expired.key().expiresAt()));
            } else if (checked instanceof ApiKeys.Presented.Valid(ApiKey key)) {
                if (!requestsPerKey.acquire(key.id().toString())) {
                    problems.tooMany(response, "API key '" + key.name() + "' is over its request rate; slow down",
                            requestsPerKey.window());
                    return;
                }
                List<GrantedAuthority> authorities = new ArrayList<>();
                authorities.add(new SimpleGrantedAuthority(INTEGRATOR_ROLE));
                key.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(SCOPE_AUTHORITY + scope.value())));
                var authentication = UsernamePasswordAuthenticationToken.authenticated(
                        new StoreCaller(key.id(), key.storeId(), key.name()), null, authorities);
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
        }
        chain.doFilter(request, response);
    }
}
