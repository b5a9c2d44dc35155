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

/** The annotated string must name one of the 47 prefectures exactly ("東京都", not "東京"). Null is valid. */
@Documented
@Constraint(validatedBy = JapanesePrefecture.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface JapanesePrefecture {

    String message() default "must be one of the 47 prefectures, written in full (e.g. 東京都, 大阪府, 北海道)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<JapanesePrefecture, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Prefectures.isValid(value);
        }
    }
}
