package com.orderdesk.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.JapaneseAddress;
import com.orderdesk.shared.JapanesePrefecture;
import com.orderdesk.shared.NumberTextDeserializer;
import com.orderdesk.shared.PhoneNumbers;
import com.orderdesk.shared.PostalCodes;
import com.orderdesk.shared.TaxCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The JSON an operator or storefront sends to place or edit an order, with its validation rules,
 * and the mapping onto the order module's commands. Public so that other modules' endpoints that
 * take an order (the payment module's store checkout) accept exactly the same shape and rules.
 * Postal codes are stored as {@code 123-4567}.
 */
public final class OrderForm {

    public static final long MAX_AMOUNT = 99_999_999L;
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private OrderForm() {
    }

    public record LineInput(
            @NotBlank @Size(max = 64) String productCode,
            @NotBlank @Size(max = 255) String productName,
            @NotNull @PositiveOrZero @Max(MAX_AMOUNT) Long unitPrice,
            @NotNull @Min(1) @Max(9999) Integer quantity,
            @NotNull TaxCategory taxCategory,
            @Schema(description = "true for goods that do not ship (download or service goods); absent or false for"
                    + " physical goods. Providers that take only goods that ship (Kuroneko atobarai) refuse an order"
                    + " with a digital line (422 provider-requirements-not-met naming lines[i].digital)",
                    defaultValue = "false") @Nullable Boolean digital) {

        /** A line of physical goods. */
        public LineInput(String productCode, String productName, Long unitPrice, Integer quantity,
                TaxCategory taxCategory) {
            this(productCode, productName, unitPrice, quantity, taxCategory, null);
        }

        public OrderLine toLine() {
            return new OrderLine(productCode.strip(), productName.strip(), unitPrice, quantity, taxCategory,
                    Boolean.TRUE.equals(digital));
        }
    }

    @JapaneseAddress.PostalCodeInPrefecture
    public record CustomerInput(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) @Nullable String kana,
            @NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be a well-formed e-mail address") String email,
            @JsonDeserialize(using = NumberTextDeserializer.class) @NotBlank @Pattern(regexp = PhoneNumbers.PATTERN, message = "must be a phone number of 10-20 digits and hyphens") String phone,
            @JsonDeserialize(using = NumberTextDeserializer.class) @Pattern(regexp = PhoneNumbers.PATTERN, message = "must be a phone number of 10-20 digits and hyphens") @Nullable String mobilePhone,
            @Size(max = 100) @Nullable String company,
            @JsonDeserialize(using = NumberTextDeserializer.class) @NotBlank @Pattern(regexp = PostalCodes.PATTERN, message = "must be 7 digits, with or without a hyphen (123-4567)") String postalCode,
            @NotBlank @JapanesePrefecture String prefecture,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 200) String address1,
            @Size(max = 200) @Nullable String address2) implements JapaneseAddress {

        public CustomerDetails toDetails() {
            return new CustomerDetails(name.strip(), blankToNull(kana), email.strip(), phone, blankToNull(mobilePhone),
                    blankToNull(company), PostalCodes.normalize(postalCode), prefecture, city.strip(), address1.strip(),
                    blankToNull(address2));
        }
    }

    @JapaneseAddress.PostalCodeInPrefecture
    public record DeliveryInput(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) @Nullable String kana,
            @JsonDeserialize(using = NumberTextDeserializer.class) @NotBlank @Pattern(regexp = PhoneNumbers.PATTERN, message = "must be a phone number of 10-20 digits and hyphens") String phone,
            @Size(max = 100) @Nullable String company,
            @JsonDeserialize(using = NumberTextDeserializer.class) @NotBlank @Pattern(regexp = PostalCodes.PATTERN, message = "must be 7 digits, with or without a hyphen (123-4567)") String postalCode,
            @NotBlank @JapanesePrefecture String prefecture,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 200) String address1,
            @Size(max = 200) @Nullable String address2) implements JapaneseAddress {

        public DeliveryAddress toAddress() {
            return new DeliveryAddress(name.strip(), blankToNull(kana), phone, blankToNull(company),
                    PostalCodes.normalize(postalCode), prefecture, city.strip(), address1.strip(), blankToNull(address2));
        }
    }

    public record AdjustmentInput(
            @NotNull @Min(-MAX_AMOUNT) @Max(MAX_AMOUNT) Long amount,
            @Size(max = 100) @Nullable String label,
            @Nullable TaxCategory taxCategory) {

        public PriceAdjustment toAdjustment(String path) {
            if (amount != 0 && (label == null || label.isBlank())) {
                throw new InvalidInput(path + ".label", "is required when the adjustment has an amount");
            }
            return new PriceAdjustment(amount, label == null ? "" : label.strip(),
                    taxCategory == null ? TaxCategory.STANDARD_10 : taxCategory);
        }
    }

    public record PlaceOrderRequest(
            @Nullable UUID customerId,
            @NotNull @Valid CustomerInput customer,
            @Valid @Nullable DeliveryInput delivery,
            @Size(max = 32) @Nullable String deliveryMethodCode,
            @Size(max = 32) @Nullable String paymentMethodCode,
            @Nullable LocalDate deliveryDate,
            @Size(max = 32) @Nullable String deliveryTimeSlot,
            @NotEmpty @Size(max = 500) List<@Valid LineInput> lines,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long shippingFee,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long paymentFee,
            @Valid @Nullable AdjustmentInput adjustment,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long usedPoints,
            @Size(max = 2000) @Nullable String customerNote) {

        public OrderContent toContent() {
            return new OrderContent(customerId, customer.toDetails(), delivery == null ? null : delivery.toAddress(),
                    blankToNull(deliveryMethodCode), blankToNull(paymentMethodCode), deliveryDate, blankToNull(deliveryTimeSlot),
                    lines.stream().map(LineInput::toLine).toList(),
                    orZero(shippingFee), orZero(paymentFee),
                    adjustment == null ? PriceAdjustment.NONE : adjustment.toAdjustment("adjustment"),
                    orZero(usedPoints), blankToNull(customerNote));
        }
    }

    /** A partial edit: absent fields stay as they are; {@code version} guards against lost updates. */
    public record PatchOrderRequest(
            @Nullable Long version,
            @Valid @Nullable CustomerInput customer,
            @Valid @Nullable DeliveryInput delivery,
            @Size(max = 32) @Nullable String deliveryMethodCode,
            @Size(max = 32) @Nullable String paymentMethodCode,
            @Nullable LocalDate deliveryDate,
            @Size(max = 32) @Nullable String deliveryTimeSlot,
            @Nullable Boolean clearDeliveryWish,
            @Size(min = 1, max = 500) @Nullable List<@Valid LineInput> lines,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long shippingFee,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long paymentFee,
            @Valid @Nullable AdjustmentInput adjustment,
            @PositiveOrZero @Max(MAX_AMOUNT) @Nullable Long usedPoints,
            @Size(max = 2000) @Nullable String customerNote,
            @Nullable Boolean buyerChangeConfirmed) {

        public OrderChanges toChanges() {
            List<FieldError> conflicts = new ArrayList<>();
            if (Boolean.TRUE.equals(clearDeliveryWish) && (deliveryDate != null || deliveryTimeSlot != null)) {
                conflicts.add(new FieldError("clearDeliveryWish", "cannot be combined with deliveryDate or deliveryTimeSlot"));
            }
            if (!conflicts.isEmpty()) {
                throw new InvalidInput(conflicts);
            }
            return new OrderChanges(customer == null ? null : customer.toDetails(),
                    delivery == null ? null : delivery.toAddress(), blankToNull(deliveryMethodCode),
                    blankToNull(paymentMethodCode), deliveryDate,
                    blankToNull(deliveryTimeSlot), Boolean.TRUE.equals(clearDeliveryWish),
                    lines == null ? null : lines.stream().map(LineInput::toLine).toList(),
                    shippingFee, paymentFee, adjustment == null ? null : adjustment.toAdjustment("adjustment"),
                    usedPoints, customerNote, Boolean.TRUE.equals(buyerChangeConfirmed));
        }
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
