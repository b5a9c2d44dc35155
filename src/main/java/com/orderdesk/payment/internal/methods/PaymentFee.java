package com.orderdesk.payment.internal.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A payment method's fee (決済手数料), tax-inclusive yen: one fixed amount, or amount bands such as
 * 330円 up to 9,999円, 440円 from 10,000円. Bands start at 0 and rise strictly, so every amount falls
 * into exactly one band.
 *
 * @param amount the fee of a FIXED rule
 * @param bands the bands of a BANDS rule, ordered by {@code fromAmount}
 * @param taxCategory the consumption-tax category the fee is charged under
 */
@NamedInterface("payment-methods")
public record PaymentFee(Type type, @Nullable Long amount, @Nullable List<FeeBand> bands, TaxCategory taxCategory,
        @Nullable String label) {

    /** The label shown for the fee when the operator leaves it blank (the add-on's 「支払手数料」). */
    public static final String DEFAULT_LABEL = "支払手数料";
    static final int MAX_LABEL = 50;

    public PaymentFee(Type type, @Nullable Long amount, @Nullable List<FeeBand> bands, TaxCategory taxCategory) {
        this(type, amount, bands, taxCategory, null);
    }

    /** 手数料名: the label as set, 「支払手数料」 when blank. */
    public String displayLabel() {
        return label == null || label.isBlank() ? DEFAULT_LABEL : label.strip();
    }

    public enum Type {
        FIXED,
        BANDS
    }

    public static final PaymentFee NONE = new PaymentFee(Type.FIXED, 0L, null, TaxCategory.STANDARD_10);

    public PaymentFee {
        // Not List.copyOf: a null band from the request must reach errors() rather than fail here.
        bands = bands == null ? null : Collections.unmodifiableList(new ArrayList<>(bands));
    }

    /** The fee for a purchase of {@code amount} yen (before the fee itself). Only for a rule without {@link #errors}. */
    public long feeFor(long amount) {
        if (type == Type.FIXED) {
            return fixedAmount();
        }
        long fee = 0;
        for (FeeBand band : bandsOrEmpty()) {
            if (band.fromAmount() > amount) {
                break;
            }
            fee = band.fee();
        }
        return fee;
    }

    long fixedAmount() {
        return amount == null ? 0 : amount;
    }

    List<FeeBand> bandsOrEmpty() {
        return bands == null ? List.of() : bands;
    }

    /** What is wrong with this rule, each error's field prefixed with {@code field}; empty when valid. */
    List<FieldError> errors(String field) {
        List<FieldError> errors = new ArrayList<>();
        if (label != null && label.strip().length() > MAX_LABEL) {
            errors.add(new FieldError(field + ".label", "must be at most " + MAX_LABEL + " characters"));
        }
        if (taxCategory == null) {
            errors.add(new FieldError(field + ".taxCategory", "must be one of " + Arrays.toString(TaxCategory.values())));
        }
        if (type == null) {
            errors.add(new FieldError(field + ".type", "must be FIXED or BANDS"));
            return errors;
        }
        if (type == Type.FIXED) {
            if (amount == null || amount < 0) {
                errors.add(new FieldError(field + ".amount", "a FIXED fee needs an amount of 0 or more"));
            }
            if (bands != null && !bands.isEmpty()) {
                errors.add(new FieldError(field + ".bands", "must be empty for a FIXED fee"));
            }
            return errors;
        }
        if (amount != null) {
            errors.add(new FieldError(field + ".amount", "must be empty for a BANDS fee"));
        }
        if (bands == null || bands.isEmpty()) {
            errors.add(new FieldError(field + ".bands", "a BANDS fee needs at least one band"));
            return errors;
        }
        if (bands.contains(null)) {
            errors.add(new FieldError(field + ".bands[" + bands.indexOf(null) + "]", "must not be null"));
            return errors;
        }
        if (bands.getFirst().fromAmount() != 0) {
            errors.add(new FieldError(field + ".bands[0].fromAmount", "the first band must start at 0"));
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).fee() < 0) {
                errors.add(new FieldError(field + ".bands[" + i + "].fee", "must be 0 or more"));
            }
            if (i > 0 && bands.get(i).fromAmount() <= bands.get(i - 1).fromAmount()) {
                errors.add(new FieldError(field + ".bands[" + i + "].fromAmount", "must be greater than the previous band's"));
            }
        }
        return errors;
    }
}
