package com.orderdesk.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' personal access tokens for scripts: created, listed and revoked by their own operator
 * (an ADMIN may list and revoke anyone's), checked on every call with one lookup and one SHA-256,
 * never BCrypt. Every token expires: {@value #DEFAULT_DAYS} days unless the operator picks another
 * instant, at most {@value #MAX_DAYS} days ahead, so a forgotten token does not live forever.
 */
@Service
public class PersonalTokens {

    static final String TOKEN_PREFIX = "odp_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;

    private final PersonalAccessTokenRepository tokens;
    private final OperatorAccountRepository accounts;
    private final Clock clock;
    private final AuditLog audit;

    PersonalTokens(PersonalAccessTokenRepository tokens, OperatorAccountRepository accounts, Clock clock, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    /** A freshly created token: the only moment the plain token exists. */
    public record Created(PersonalAccessToken token, String plainToken) {
    }

    /** What a presented bearer token turned out to be. */
    public sealed interface Presented {
        /** A usable token of an enabled operator. */
        record Valid(PersonalAccessToken token, OperatorAccount operator) implements Presented {
        }

        /** A known, unrevoked token past its expiry. */
        record Expired(PersonalAccessToken token) implements Presented {
        }

        /** Unknown, wrong, revoked, or its operator is disabled. */
        record Refused() implements Presented {
        }
    }

    /**
     * Creates a token for the operator.
     *
     * @param scopes empty for every scope
     * @param expiresAt null for {@value #DEFAULT_DAYS} days from now
     * @throws InvalidInput naming {@code expiresAt} when it is not in the future or too far ahead
     * @throws StateConflict when one of the operator's active tokens already has this name
     */
    @Transactional
    public Created create(String username, String name, Set<TokenScope> scopes, @Nullable Instant expiresAt) {
        Instant now = clock.instant();
        Instant expiry = expiresAt == null ? now.plus(Duration.ofDays(DEFAULT_DAYS)) : expiresAt;
        if (!expiry.isAfter(now)) {
            throw new InvalidInput("expiresAt", "must lie in the future");
        }
        if (expiry.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
            throw new InvalidInput("expiresAt", "must lie at most " + MAX_DAYS + " days ahead");
        }
        if (!accounts.existsByUsername(username)) {
            throw new NotFound("Operator", username);
        }
        if (tokens.existsByUsernameAndNameAndRevokedAtIsNull(username, name)) {
            throw new StateConflict("token-name-taken", "Token name taken",
                    "You already have an active token named '" + name + "'; revoke it or choose another name");
        }
        SecretTokens.Minted minted = SecretTokens.mint(TOKEN_PREFIX);
        PersonalAccessToken token = tokens.save(new PersonalAccessToken(username, name, minted,
                scopes.isEmpty() ? EnumSet.allOf(TokenScope.class) : scopes, now, expiry));
        audit.record("personal-access-token", username + "/" + token.id(), "created", null, token.audited());
        return new Created(token, minted.plain());
    }

    /** The operator's tokens, revoked and expired ones included, newest first. Never null. */
    @Transactional(readOnly = true)
    public List<PersonalAccessToken> of(String username) {
        return tokens.findByUsernameOrderByCreatedAtDesc(username);
    }

    /**
     * Revokes one of the operator's tokens at once; idempotent.
     *
     * @throws NotFound when the operator has no such token (another operator's token included)
     */
    @Transactional
    public PersonalAccessToken revoke(String username, UUID id) {
        PersonalAccessToken token = tokens.findByIdAndUsername(id, username)
                .orElseThrow(() -> new NotFound("Personal access token", id.toString()));
        boolean wasRevoked = token.revokedAt() != null;
        token.revoke(clock.instant());
        if (!wasRevoked) {
            audit.record("personal-access-token", username + "/" + id, "revoked", "active, " + token.audited(),
                    "revoked, " + token.audited());
        }
        return token;
    }

    /** What the presented bearer value is. Costs one query and one SHA-256. */
    @Transactional(readOnly = true)
    public Presented check(String presented) {
        Optional<String> prefix = SecretTokens.prefix(TOKEN_PREFIX, presented);
        if (prefix.isEmpty()) {
            return new Presented.Refused();
        }
        Optional<TokenWithOperator> found = tokens.findWithOperatorByPrefix(prefix.get())
                .filter(held -> held.token().revokedAt() == null)
                .filter(held -> SecretTokens.matches(held.token().secretHash(), presented));
        if (found.isEmpty() || !found.get().operator().enabled()) {
            return new Presented.Refused();
        }
        if (!found.get().token().usableAt(clock.instant())) {
            return new Presented.Expired(found.get().token());
        }
        return new Presented.Valid(found.get().token(), found.get().operator());
    }
}
