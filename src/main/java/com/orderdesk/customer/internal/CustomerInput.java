package com.orderdesk.customer.internal;

import java.util.List;

import com.orderdesk.shared.JapaneseAddress;
import com.orderdesk.shared.JapanesePrefecture;
import com.orderdesk.shared.NumberTextDeserializer;
import com.orderdesk.shared.PhoneNumbers;
import com.orderdesk.shared.PostalCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A member's details as operators send them (the admin API's JSON, the console's form), with the
 * validation rules in one place; {@link #toData()} gives what {@link CustomerDirectory} stores.
 * Validation paths are the JSON's ({@code email}, {@code addresses[0].postalCode}).
 */
@NamedInterface("customers")
public record CustomerInput(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) @Nullable String kana,
        @NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be a well-formed e-mail address") String email,
        @JsonDeserialize(using = NumberTextDeserializer.class) @Pattern(regexp = PhoneNumbers.PATTERN, message = PHONE_MESSAGE) @Nullable String phone,
        @JsonDeserialize(using = NumberTextDeserializer.class) @Pattern(regexp = PhoneNumbers.PATTERN, message = PHONE_MESSAGE) @Nullable String mobilePhone,
        @Size(max = 100) @Nullable String company,
        @Size(max = 2000) @Nullable String note,
        @Size(max = MAX_ADDRESSES) @Nullable List<@Valid @NotNull AddressInput> addresses) {

    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String PHONE_MESSAGE = "must be a phone number of 10-20 digits and hyphens";
    public static final int MAX_ADDRESSES = 20;

    @JapaneseAddress.PostalCodeInPrefecture
    public record AddressInput(
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

    public CustomerData toData() {
        return new CustomerData(name.strip(), blankToNull(kana), email.strip(), blankToNull(phone),
                blankToNull(mobilePhone), blankToNull(company), blankToNull(note),
                addresses == null ? List.of() : addresses.stream().map(AddressInput::toAddress).toList());
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
