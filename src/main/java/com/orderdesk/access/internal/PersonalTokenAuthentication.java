package com.orderdesk.access.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An operator signed in by a personal access token: named like the operator (so histories and the
 * audit log show who acted), with the operator's current role. Told apart from a password sign-in
 * where that matters: a token cannot create further tokens.
 */
public final class PersonalTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final UUID tokenId;

    PersonalTokenAuthentication(String username, UUID tokenId, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.username = username;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    public UUID tokenId() {
        return tokenId;
    }
}
