package com.orderdesk.access.internal;

import java.util.List;
import java.util.Optional;

import com.orderdesk.access.OperatorRole;
import com.orderdesk.access.OperatorSummary;
import com.orderdesk.access.Operators;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** {@link Operators} over the operator accounts. */
@Service
class OperatorDirectory implements Operators {

    private final OperatorAccounts accounts;

    OperatorDirectory(OperatorAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<OperatorSummary> all() {
        return accounts.all().stream().map(OperatorDirectory::summary).toList();
    }

    @Override
    public OperatorSummary create(String username, String password, OperatorRole role) {
        if (!username.matches(USERNAME_PATTERN)) {
            throw new InvalidInput("username", "must be 3-64 letters, digits, '.', '_' or '-'");
        }
        return summary(accounts.create(username, password, role));
    }

    @Override
    public Optional<OperatorSummary> find(String username) {
        return accounts.find(username).map(OperatorDirectory::summary);
    }

    @Override
    public OperatorSummary administer(String username, @Nullable OperatorRole role, @Nullable Boolean enabled,
            @Nullable String newPassword, String actingAdmin) {
        return summary(accounts.administer(username, role, enabled, newPassword, actingAdmin));
    }

    @Override
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        accounts.changePassword(username, currentPassword, newPassword);
    }

    private static OperatorSummary summary(OperatorAccount account) {
        return new OperatorSummary(account.username(), account.role(), account.enabled(), account.createdAt());
    }
}
