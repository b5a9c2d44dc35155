package com.orderdesk.subscription.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.orderdesk.order.OrderForm;
import com.orderdesk.order.OrderForm.CustomerInput;
import com.orderdesk.order.OrderForm.DeliveryInput;
import com.orderdesk.order.OrderForm.LineInput;
import com.orderdesk.subscription.IntervalUnit;
import com.orderdesk.subscription.SubscriptionChanges;
import com.orderdesk.subscription.SubscriptionContent;
import com.orderdesk.subscription.SubscriptionInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of the subscription endpoints (admin and store), with their validation. Customer,
 * delivery and lines take exactly the order API's shape and rules.
 */
final class SubscriptionInputs {

    static final int MAX_LEAD_DAYS = 60;
    static final int MAX_LINES = 100;

    private SubscriptionInputs() {
    }

    record IntervalInput(@NotNull IntervalUnit unit, @Nullable Integer every, @Nullable Integer dayOfMonth) {

        SubscriptionInterval toInterval(String prefix) {
            return SubscriptionInterval.of(prefix, unit, every, dayOfMonth);
        }
    }

    /**
     * @param firstDeliveryDate the first delivery; default today + lead days (its order is placed at once)
     * @param leadDays days between an order and its delivery; default 0
     */
    record StartRequest(
            @NotNull UUID customerId,
            @NotNull @Valid CustomerInput customer,
            @Valid @Nullable DeliveryInput delivery,
            @Size(max = 32) @Nullable String deliveryMethodCode,
            @NotBlank @Size(max = 32) String paymentMethodCode,
            @Size(max = 64) @Nullable String storedCardId,
            @NotEmpty @Size(max = MAX_LINES) List<@Valid LineInput> lines,
            @PositiveOrZero @Max(OrderForm.MAX_AMOUNT) @Nullable Long shippingFee,
            @PositiveOrZero @Max(OrderForm.MAX_AMOUNT) @Nullable Long paymentFee,
            @NotNull @Valid IntervalInput interval,
            @Nullable LocalDate firstDeliveryDate,
            @Min(0) @Max(MAX_LEAD_DAYS) @Nullable Integer leadDays,
            @Min(1) @Max(9999) @Nullable Integer endAfterDeliveries,
            @Nullable LocalDate endOn) {

        SubscriptionContent toContent() {
            return new SubscriptionContent(customerId, customer.toDetails(), delivery == null ? null : delivery.toAddress(),
                    blankToNull(deliveryMethodCode), lines.stream().map(LineInput::toLine).toList(),
                    shippingFee == null ? 0 : shippingFee, paymentFee == null ? 0 : paymentFee,
                    leadDays == null ? 0 : leadDays, endAfterDeliveries, endOn);
        }

        @Nullable String card() {
            return blankToNull(storedCardId);
        }
    }

    /** A partial edit from the next cycle on; absent fields stay. The version comes as {@code If-Match}. */
    record PatchRequest(
            @Valid @Nullable CustomerInput customer,
            @Valid @Nullable DeliveryInput delivery,
            @Size(max = 32) @Nullable String deliveryMethodCode,
            @Size(min = 1, max = MAX_LINES) @Nullable List<@Valid LineInput> lines,
            @PositiveOrZero @Max(OrderForm.MAX_AMOUNT) @Nullable Long shippingFee,
            @PositiveOrZero @Max(OrderForm.MAX_AMOUNT) @Nullable Long paymentFee,
            @Min(0) @Max(MAX_LEAD_DAYS) @Nullable Integer leadDays,
            @Min(1) @Max(9999) @Nullable Integer endAfterDeliveries,
            @Nullable LocalDate endOn,
            @Nullable Boolean clearEnd) {

        SubscriptionChanges toChanges() {
            return new SubscriptionChanges(customer == null ? null : customer.toDetails(),
                    delivery == null ? null : delivery.toAddress(), blankToNull(deliveryMethodCode),
                    lines == null ? null : lines.stream().map(LineInput::toLine).toList(), shippingFee, paymentFee,
                    leadDays, endAfterDeliveries, endOn, Boolean.TRUE.equals(clearEnd));
        }
    }

    /** A new interval from the next cycle on, optionally moving the next delivery. */
    record IntervalChange(@NotNull @Valid IntervalInput interval, @Nullable LocalDate nextDeliveryDate) {
    }

    /** Another payment method (and stored card) from the next order on. */
    record PaymentChange(@NotBlank @Size(max = 32) String paymentMethodCode, @Size(max = 64) @Nullable String storedCardId) {

        @Nullable String card() {
            return blankToNull(storedCardId);
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
