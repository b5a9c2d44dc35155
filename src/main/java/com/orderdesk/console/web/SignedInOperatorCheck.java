package com.orderdesk.console.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.orderdesk.access.OperatorSummary;
import com.orderdesk.access.Operators;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console session holds the account as it was at sign-in; an ADMIN may disable the account or
 * change its role afterwards. On every console request this reads the account again (one indexed
 * lookup): a disabled or vanished account's session ends (the page then asks to sign in), a changed
 * role takes effect at once. Only sessions made by the sign-in form are checked (they carry the
 * browser's {@link WebAuthenticationDetails}); HTTP Basic and tokens are checked on every call anyway.
 */
class SignedInOperatorCheck extends OncePerRequestFilter {

    private final Operators operators;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignedInOperatorCheck(Operators operators) {
        this.operators = operators;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication signedIn = context.getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()
                && signedIn.getDetails() instanceof WebAuthenticationDetails) {
            Optional<OperatorSummary> account = operators.find(signedIn.getName());
            if (account.isEmpty() || !account.get().enabled()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                Set<String> now = Set.of("ROLE_" + account.get().role().name());
                Set<String> held = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
                if (!held.equals(now)) {
                    UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(
                            signedIn.getPrincipal(), null, now.stream().map(SimpleGrantedAuthority::new).toList());
                    changed.setDetails(signedIn.getDetails());
                    SecurityContext updated = SecurityContextHolder.createEmptyContext();
                    updated.setAuthentication(changed);
                    SecurityContextHolder.setContext(updated);
                    contexts.saveContext(updated, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
