package com.orderdesk.access;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The access module's API for the console's operator administration (ADMIN only there). */
public interface Operators {

    /** User names: 3-64 letters, digits, '.', '_' or '-'. */
    String USERNAME_PATTERN = "[a-zA-Z0-9._-]{3,64}";

    /** Every operator, by user name. */
    List<OperatorSummary> all();

    /**
     * Creates an operator.
     *
     * @throws com.orderdesk.shared.InvalidInput naming {@code username} or {@code password} when malformed or too short
     * @throws com.orderdesk.shared.StateConflict when the user name is taken
     */
    OperatorSummary create(String username, String password, OperatorRole role);

    /** The operator as the account is now; empty when there is no such account. */
    Optional<OperatorSummary> find(String username);

    /**
     * An ADMIN ({@code actingAdmin}) changes another operator's role, enables or disables the
     * account, or resets its password; absent values stay as they are. Audited, as through
     * {@code /api/admin/users/{username}/administration}.
     *
     * @throws com.orderdesk.shared.StateConflict ({@code own-account}) when an ADMIN disables or demotes themself
     * @throws com.orderdesk.shared.InvalidInput naming {@code newPassword} when it is too short or too long
     * @throws com.orderdesk.shared.NotFound when there is no such operator
     */
    OperatorSummary administer(String username, @Nullable OperatorRole role, @Nullable Boolean enabled,
            @Nullable String newPassword, String actingAdmin);

    /**
     * An operator changes their own password, proving the current one (as {@code POST /api/admin/users/me/password}).
     *
     * @throws com.orderdesk.shared.InvalidInput naming {@code currentPassword} when it does not match, or
     *         {@code newPassword} when it is too short or too long
     */
    void changeOwnPassword(String username, String currentPassword, String newPassword);
}
