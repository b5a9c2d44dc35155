package com.orderdesk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/** An input with a Japanese postal code and prefecture, which {@link PostalCodeInPrefecture} checks against each other. */
public interface JapaneseAddress {

    @Nullable String postalCode();

    @Nullable String prefecture();

    /**
     * The postal code must lie in the prefecture ({@link PostalRegions}); reported on
     * {@code postalCode}. Missing or malformed values are left to their own constraints.
     */
    @Documented
    @Constraint(validatedBy = PostalCodeInPrefecture.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface PostalCodeInPrefecture {

        String message() default "does not lie in the prefecture";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<PostalCodeInPrefecture, JapaneseAddress> {
            @Override
            public boolean isValid(@Nullable JapaneseAddress address, ConstraintValidatorContext context) {
                if (address == null || address.postalCode() == null || address.prefecture() == null
                        || !PostalCodes.isValid(address.postalCode()) || !Prefectures.isValid(address.prefecture())
                        || PostalRegions.fits(address.postalCode(), address.prefecture())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("is in " + String.join(" or ", PostalRegions.describe(address.postalCode()))
                                + ", not in " + address.prefecture())
                        .addPropertyNode("postalCode").addConstraintViolation();
                return false;
            }
        }
    }
}
