package com.orderdesk.order;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;

/**
 * What an operator asks to take off an order after the sale: either one {@code amount} that the order
 * splits between its 10% and 8% bases, or the two parts stated ({@code amount10}, {@code amount8}), as
 * the manual's 金額調整 screen has one field per rate. The label defaults to 御値引 (manual 10-3).
 */
public record DiscountRequest(@Nullable Long amount, @Nullable Long amount10, @Nullable Long amount8,
        @Nullable String label) {

    static final String DEFAULT_LABEL = "御値引";

    /**
     * The request's own shape, before the order is looked at.
     *
     * @throws InvalidInput naming the field: neither or both forms, a negative part, nothing to take off
     */
    void verifyShape() {
        List<FieldError> errors = new ArrayList<>();
        boolean split = amount10 != null || amount8 != null;
        if (amount != null && split) {
            errors.add(new FieldError("amount", "give either amount (split by the order's tax bases) or amount10/amount8, not both"));
        } else if (amount == null && !split) {
            errors.add(new FieldError("amount", "is required: the yen to refund and take off the order"));
        } else if (amount != null && amount <= 0) {
            errors.add(new FieldError("amount", "must be greater than 0"));
        } else if (split) {
            if (amount10 != null && amount10 < 0) {
                errors.add(new FieldError("amount10", "must not be negative"));
            }
            if (amount8 != null && amount8 < 0) {
                errors.add(new FieldError("amount8", "must not be negative"));
            }
            if (errors.isEmpty() && part(amount10) + part(amount8) == 0) {
                errors.add(new FieldError("amount10", "amount10 and amount8 add up to 0: nothing to take off"));
            }
        }
        if (label != null && label.strip().length() > 100) {
            errors.add(new FieldError("label", "must be at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    String labelOrDefault() {
        return label == null || label.isBlank() ? DEFAULT_LABEL : label.strip();
    }

    /** The parts per rate for an order with these totals: as stated, or {@code amount} split like used points. */
    Split splitFor(OrderTotals totals) {
        if (amount == null) {
            return new Split(part(amount10), part(amount8));
        }
        long bases = totals.taxBase10() + totals.taxBase8();
        // The 8% share rounded down, the rest on 10% (OrderTotals splits used points the same way).
        long on8 = bases <= 0 || totals.taxBase8() <= 0 ? 0
                : Math.min(totals.taxBase8(), BigInteger.valueOf(amount).multiply(BigInteger.valueOf(totals.taxBase8()))
                        .divide(BigInteger.valueOf(bases)).longValueExact());
        return new Split(amount - on8, on8);
    }

    private static long part(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    /** The yen taken off each rate. */
    public record Split(long amount10, long amount8) {

        public long total() {
            return amount10 + amount8;
        }

        long of(TaxCategory rate) {
            return rate == TaxCategory.REDUCED_8 ? amount8 : amount10;
        }
    }
}
