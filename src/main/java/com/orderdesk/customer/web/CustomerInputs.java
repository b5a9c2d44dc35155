package com.orderdesk.customer.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.customer.internal.CustomerAddress;
import com.orderdesk.customer.internal.CustomerData;
import com.orderdesk.customer.internal.GroupMemberships.Change;
import com.orderdesk.shared.JapaneseAddress;
import com.orderdesk.shared.JapanesePrefecture;
import com.orderdesk.shared.NumberTextDeserializer;
import com.orderdesk.shared.PhoneNumbers;
import com.orderdesk.shared.PostalCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON operators send for members, groups and bulk membership changes, with its validation. */
final class CustomerInputs {

    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String PHONE_MESSAGE = "must be a phone number of 10-20 digits and hyphens";
    static final String GROUP_CODE = "^[A-Za-z0-9_-]{1,32}$";
    static final int MAX_BULK = 1000;

    private CustomerInputs() {
    }

    @JapaneseAddress.PostalCodeInPrefecture
    record AddressInput(
            @Size(max = 50) @Nullable String label,
            @Size(max = 100) @Nullable String name,
            @JsonDeserialize(using = NumberTextDeserializer.class) @Pattern(regexp = PhoneNumbers.PATTERN, message = PHONE_MESSAGE) @Nullable String phone,
            @JsonDeserialize(using = NumberTextDeserializer.class) @NotBlank @Pattern(regexp = PostalCodes.PATTERN, message = "must be 7 digits, with or without a hyphen (123-4567)") String postalCode,
            @NotBlank @JapanesePrefecture String prefecture,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 200) String address1,
            @Size(max = 200) @Nullable String address2) implements JapaneseAddress {

        CustomerAddress toAddress() {
            return new CustomerAddress(blankToNull(label), blankToNull(name), blankToNull(phone),
                    PostalCodes.normalize(postalCode), prefecture, city.strip(), address1.strip(), blankToNull(address2));
        }
    }

    record CustomerInput(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) @Nullable String kana,
            @NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be a well-formed e-mail address") String email,
            @JsonDeserialize(using = NumberTextDeserializer.class) @Pattern(regexp = PhoneNumbers.PATTERN, message = PHONE_MESSAGE) @Nullable String phone,
            @JsonDeserialize(using = NumberTextDeserializer.class) @Pattern(regexp = PhoneNumbers.PATTERN, message = PHONE_MESSAGE) @Nullable String mobilePhone,
            @Size(max = 100) @Nullable String company,
            @Size(max = 2000) @Nullable String note,
            @Size(max = 20) @Nullable List<@Valid @NotNull AddressInput> addresses) {

        CustomerData toData() {
            return new CustomerData(name.strip(), blankToNull(kana), email.strip(), blankToNull(phone),
                    blankToNull(mobilePhone), blankToNull(company), blankToNull(note),
                    addresses == null ? List.of() : addresses.stream().map(AddressInput::toAddress).toList());
        }
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
