package com.orderdesk.access.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import com.orderdesk.access.OperatorRole;
import com.orderdesk.access.internal.OperatorAccount;
import com.orderdesk.access.internal.OperatorAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator accounts: ADMINs create and list them; every operator may change their own password. */
@RestController
@RequestMapping("/api/admin/users")
class OperatorAdminController {

    private final OperatorAccounts accounts;

    OperatorAdminController(OperatorAccounts accounts) {
        this.accounts = accounts;
    }

    record CreateOperator(
            @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "must be 3-64 letters, digits, '.', '_' or '-'") String username,
            @NotBlank String password,
            @NotNull OperatorRole role) {
    }

    /** What an ADMIN changes on another operator; absent fields stay as they are. */
    record AdministerOperator(@Nullable OperatorRole role, @Nullable Boolean enabled, @Nullable String newPassword) {
    }

    record ChangePassword(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    record OperatorView(String username, OperatorRole role, boolean enabled, Instant createdAt) {
        static OperatorView of(OperatorAccount account) {
            return new OperatorView(account.username(), account.role(), account.enabled(), account.createdAt());
        }
    }

    @PostMapping
    ResponseEntity<OperatorView> create(@Valid @RequestBody CreateOperator request) {
        OperatorAccount account = accounts.create(request.username(), request.password(), request.role());
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username())).body(OperatorView.of(account));
    }

    @GetMapping
    List<OperatorView> list() {
        return accounts.all().stream().map(OperatorView::of).toList();
    }

    @GetMapping("/{username}")
    OperatorView get(@PathVariable String username) {
        return OperatorView.of(accounts.get(username));
    }

    /** ADMIN: change an operator's role, disable or enable the account, reset its password (audited). */
    @PostMapping("/{username}/administration")
    OperatorView administer(@PathVariable String username, @Valid @RequestBody AdministerOperator request,
            Principal principal) {
        return OperatorView.of(accounts.administer(username, request.role(), request.enabled(), request.newPassword(),
                principal.getName()));
    }

    @PostMapping("/me/password")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody ChangePassword request, Principal principal) {
        accounts.changePassword(principal.getName(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
