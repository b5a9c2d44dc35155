package com.orderdesk.access.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.access.internal.PersonalAccessToken;
import com.orderdesk.access.internal.PersonalTokenAuthentication;
import com.orderdesk.access.internal.PersonalTokens;
import com.orderdesk.access.internal.TokenScope;
import com.orderdesk.shared.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal access tokens: every operator creates, lists and revokes their own (the token is shown
 * once); an ADMIN lists and revokes anyone's, for when a laptop is lost or someone leaves.
 */
@RestController
class PersonalTokenController {

    private final PersonalTokens tokens;

    PersonalTokenController(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * @param scopes admin:read (GET) and/or admin:write (every other method), within the operator's
     *        role; absent for both
     * @param expiresAt when the token stops working; absent for 90 days from now, at most 366 days ahead
     */
    record CreateToken(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 5) List<String> scopes,
            @Nullable Instant expiresAt) {

        Set<TokenScope> parsedScopes() {
            return ScopeLists.parse(scopes, TokenScope.class, TokenScope::of, TokenScope.allValues());
        }
    }

    /** @param token the plain token, only in the answer to its creation */
    record TokenView(UUID id, String name, String prefix, List<TokenScope> scopes, Instant createdAt, Instant expiresAt,
            @Nullable Instant revokedAt, boolean usable, @Nullable String token) {
        static TokenView of(PersonalAccessToken token, @Nullable String plain) {
            return new TokenView(token.id(), token.name(), token.prefix(), token.scopes(), token.createdAt(),
                    token.expiresAt(), token.revokedAt(), token.usableAt(Instant.now()), plain);
        }
    }

    /** 403: a token may not mint further tokens, so a leaked token cannot outlive its own expiry. */
    static final class SignInWithPasswordFirst extends ProblemException {
        SignInWithPasswordFirst() {
            super(403, "password-sign-in-required", "Password sign-in required",
                    "Tokens are created after signing in with your password (HTTP Basic or the console), not with a token");
        }
    }

    @PostMapping("/api/admin/users/me/tokens")
    ResponseEntity<TokenView> create(@Valid @RequestBody CreateToken request, Principal principal) {
        if (principal instanceof PersonalTokenAuthentication) {
            throw new SignInWithPasswordFirst();
        }
        PersonalTokens.Created created = tokens.create(principal.getName(), request.name(), request.parsedScopes(),
                request.expiresAt());
        // no-store: the token must not be kept by caches or the idempotency store.
        return ResponseEntity.created(URI.create("/api/admin/users/me/tokens/" + created.token().id()))
                .cacheControl(CacheControl.noStore())
                .body(TokenView.of(created.token(), created.plainToken()));
    }

    @GetMapping("/api/admin/users/me/tokens")
    List<TokenView> listOwn(Principal principal) {
        return tokens.of(principal.getName()).stream().map(token -> TokenView.of(token, null)).toList();
    }

    @DeleteMapping("/api/admin/users/me/tokens/{id}")
    TokenView revokeOwn(@PathVariable UUID id, Principal principal) {
        return TokenView.of(tokens.revoke(principal.getName(), id), null);
    }

    /** ADMIN: an operator's tokens. */
    @GetMapping("/api/admin/users/{username}/tokens")
    List<TokenView> listOf(@PathVariable String username) {
        return tokens.of(username).stream().map(token -> TokenView.of(token, null)).toList();
    }

    /** ADMIN: revokes an operator's token. */
    @DeleteMapping("/api/admin/users/{username}/tokens/{id}")
    TokenView revokeOf(@PathVariable String username, @PathVariable UUID id) {
        return TokenView.of(tokens.revoke(username, id), null);
    }
}
