package com.orderdesk.access.internal;

import java.time.Clock;
import java.util.List;

import com.orderdesk.access.OperatorRole;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operator accounts: sign-in lookup for HTTP Basic, creation by an ADMIN, password changes. */
@Service
public class OperatorAccounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final OperatorAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;

    OperatorAccounts(OperatorAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        OperatorAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such operator"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }

    /**
     * Creates an operator. The password must be at least {@value #MIN_PASSWORD_LENGTH} characters;
     * a taken user name is a 409.
     */
    @Transactional
    public OperatorAccount create(String username, String password, OperatorRole role) {
        checkPassword("password", password);
        if (accounts.existsByUsername(username)) {
            throw new StateConflict("username-taken", "User name taken",
                    "An operator named '" + username + "' already exists");
        }
        OperatorAccount created = accounts.save(new OperatorAccount(username, passwordEncoder.encode(password), role,
                clock.instant()));
        audit.record("operator", username, "created", null, created.audited() + ", password=" + AuditLog.MASKED);
        return created;
    }

    /**
     * An ADMIN sets another operator's role, enables or disables the account, or resets its
     * password; each change is in the audit log. An ADMIN cannot disable or demote their own
     * account (409), so the last ADMIN cannot lock everyone out by mistake.
     */
    @Transactional
    public OperatorAccount administer(String username, @Nullable OperatorRole role, @Nullable Boolean enabled,
            @Nullable String newPassword, String actingAdmin) {
        OperatorAccount account = accounts.findByUsername(username).orElseThrow(() -> new NotFound("Operator", username));
        if (username.equals(actingAdmin) && (Boolean.FALSE.equals(enabled)
                || (role != null && role != account.role()))) {
            throw new StateConflict("own-account", "Own account",
                    "An ADMIN cannot disable or demote their own account; ask another ADMIN");
        }
        if (newPassword != null) {
            checkPassword("newPassword", newPassword);
        }
        String before = account.audited();
        if (role != null) {
            account.changeRole(role);
        }
        if (enabled != null) {
            account.enabled(enabled);
        }
        if (newPassword != null) {
            account.changePasswordHash(passwordEncoder.encode(newPassword));
        }
        audit.record("operator", username, "changed", before, account.audited()
                + (newPassword == null ? "" : ", password reset to " + AuditLog.MASKED));
        return account;
    }

    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        OperatorAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFound("Operator", username));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInput("currentPassword", "does not match the current password");
        }
        checkPassword("newPassword", newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record("operator", username, "password changed", AuditLog.MASKED, AuditLog.MASKED);
    }

    @Transactional(readOnly = true)
    public OperatorAccount get(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFound("Operator", username));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<OperatorAccount> find(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public List<OperatorAccount> all() {
        return accounts.findAll(org.springframework.data.domain.Sort.by("username"));
    }

    boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** BCrypt reads at most this many bytes; a longer password would be cut (Spring Security refuses to hash it). */
    static final int MAX_PASSWORD_BYTES = 72;

    static void checkPassword(String field, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInput(field, "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (24 to 72 characters"
                    + " depending on the script); BCrypt would ignore the rest");
        }
    }
}
