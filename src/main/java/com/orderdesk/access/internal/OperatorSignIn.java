package com.orderdesk.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * How an operator's user name and password are checked, for HTTP Basic and the console's form
 * alike. Failed sign-ins are logged and counted per user name and per source address; once either
 * has used up its allowance ({@link SignInProperties}) sign-ins are refused unchecked until the
 * window refills ({@link SignInThrottled}, 429 on the API). A verified password is remembered for a
 * few minutes as a SHA-256 of user name, password and stored hash, so a script's HTTP Basic calls
 * do not each spend ~80 ms in BCrypt; a changed password or a disabled account takes effect at once
 * (the stored hash and the account are read on every call).
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
class OperatorSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(OperatorSignIn.class);

    /** Checked for unknown user names too, so their answer takes as long as a wrong password. */
    private final String unknownUserHash;

    private final OperatorAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Limiters failuresPerUser;
    private final Limiters failuresPerSource;
    private final Cache<String, Boolean> verified;
    private final Counter hashChecks;

    OperatorSignIn(OperatorAccounts accounts, PasswordEncoder passwordEncoder, SignInProperties properties,
            MeterRegistry meters) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.unknownUserHash = passwordEncoder.encode(java.util.UUID.randomUUID().toString());
        this.failuresPerUser = new Limiters("sign-in-user", properties.failedSignInsPerUser(),
                properties.failedSignInWindow());
        this.failuresPerSource = new Limiters("sign-in-source", properties.failedSignInsPerSource(),
                properties.failedSignInWindow());
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.verifiedPasswordTtl()).build();
        this.hashChecks = Counter.builder("orderdesk.sign-in.password-hash-checks")
                .description("BCrypt comparisons made to sign operators in").register(meters);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (failuresPerUser.exhausted(username) || failuresPerSource.exhausted(source)) {
            log.warn("Sign-in of '{}' from {} refused unchecked: too many failed sign-ins", printable(username), source);
            throw new SignInThrottled(failuresPerUser.window());
        }
        UserDetails user;
        try {
            user = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknown) {
            matches(password, unknownUserHash);
            throw failed(username, source, "unknown user name");
        }
        String remembered = fingerprint(username, password, user.getPassword());
        if (verified.getIfPresent(remembered) == null) {
            if (!matches(password, user.getPassword())) {
                throw failed(username, source, "wrong password");
            }
            verified.put(remembered, Boolean.TRUE);
        }
        if (!user.isEnabled()) {
            log.warn("Sign-in of disabled operator '{}' from {} refused", printable(username), source);
            throw new DisabledException("This operator account is disabled");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** BCrypt reads at most 72 bytes; a longer password can never be an operator's (they are refused when set). */
    private boolean matches(String password, String hash) {
        hashChecks.increment();
        if (password.getBytes(StandardCharsets.UTF_8).length > OperatorAccounts.MAX_PASSWORD_BYTES) {
            return false;
        }
        return passwordEncoder.matches(password, hash);
    }

    private BadCredentialsException failed(String username, String source, String why) {
        failuresPerUser.acquire(username);
        failuresPerSource.acquire(source);
        log.warn("Failed sign-in of '{}' from {}: {}", printable(username), source, why);
        return new BadCredentialsException("Bad credentials");
    }

    /** The user name as a log can show it: no line breaks (log forging), at most 64 characters. */
    private static String printable(String username) {
        String flat = username.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 64 ? flat : flat.substring(0, 64) + "…";
    }

    private static String fingerprint(String username, String password, String storedHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {username, password, storedHash}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
