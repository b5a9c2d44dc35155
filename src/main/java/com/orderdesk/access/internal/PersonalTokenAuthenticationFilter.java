package com.orderdesk.access.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs operators in by {@code Authorization: Bearer odp_…} on the admin API. A bad, revoked or
 * expired token, or one whose operator is disabled, is a 401 at once (RFC 6750 {@code invalid_token});
 * a token over its request rate is a 429 like an API key; a method the token's scopes do not cover
 * is a 403 naming the scope, and so is creating a token with a token. Other requests pass on to
 * HTTP Basic untouched.
 */
final class PersonalTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";
    /** Where tokens are created: only after a password sign-in, so a leaked token cannot outlive its expiry. */
    static final String TOKENS_PATH = "/api/admin/users/me/tokens";

    private final PersonalTokens tokens;
    private final Limiters requestsPerToken;
    private final ProblemSecurityResponses problems;

    PersonalTokenAuthenticationFilter(PersonalTokens tokens, Limiters requestsPerToken, ProblemSecurityResponses problems) {
        this.tokens = tokens;
        this.requestsPerToken = requestsPerToken;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }
        PersonalTokens.Presented presented = tokens.check(header.substring(BEARER.length()).strip());
        switch (presented) {
            case PersonalTokens.Presented.Refused refused -> problems.invalidToken(response,
                    "The token is unknown, revoked, or its operator is disabled");
            case PersonalTokens.Presented.Expired expired -> problems.invalidToken(response,
                    "This token expired at " + expired.token().expiresAt() + "; create a new one");
            case PersonalTokens.Presented.Valid valid -> {
                if (!requestsPerToken.acquire(valid.token().id().toString())) {
                    problems.tooMany(response, "Token '" + valid.token().name() + "' is over its request rate; slow down",
                            requestsPerToken.window());
                    return;
                }
                if (request.getMethod().equals("POST")
                        && request.getRequestURI().equals(request.getContextPath() + TOKENS_PATH)) {
                    problems.passwordSignInRequired(response);
                    return;
                }
                TokenScope needed = TokenScope.neededFor(request.getMethod());
                if (!valid.token().scopes().contains(needed)) {
                    problems.missingScope(response, needed.value(), "This token lacks the scope " + needed.value()
                            + " a " + request.getMethod() + " request needs");
                    return;
                }
                SecurityContextHolder.getContext().setAuthentication(new PersonalTokenAuthentication(
                        valid.operator().username(), valid.token().id(),
                        List.of(new SimpleGrantedAuthority("ROLE_" + valid.operator().role().name()))));
                chain.doFilter(request, response);
            }
        }
    }
}
