package com.orderdesk.customer.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.customer.internal.GroupMemberships.Change;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The JSON operators send for members, groups and bulk membership changes, with its validation. */
final class CustomerInputs {

    static final String GROUP_CODE = "^[A-Za-z0-9_-]{1,32}$";
    static final int MAX_BULK = 1000;

    private CustomerInputs() {
    }

    record GroupInput(
            @NotBlank @Pattern(regexp = GROUP_CODE, message = "must be 1-32 letters, digits, '_' or '-'") String code,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 500) @Nullable String description) {
    }

    record GroupUpdateInput(@NotBlank @Size(max = 100) String name, @Size(max = 500) @Nullable String description) {
    }

    /** One customer's membership change; {@code set} replaces, {@code add}/{@code remove} adjust. */
    record MembershipChangeInput(@Nullable UUID customerId, @Nullable String email,
            @Nullable Set<@NotBlank String> set, @Nullable Set<@NotBlank String> add,
            @Nullable Set<@NotBlank String> remove) {

        Change toChange() {
            return new Change(customerId, blankToNull(email), set, add == null ? Set.of() : add,
                    remove == null ? Set.of() : remove);
        }
    }

    record BulkMembershipRequest(@NotEmpty @Size(max = MAX_BULK) List<@Valid @NotNull MembershipChangeInput> changes) {
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
