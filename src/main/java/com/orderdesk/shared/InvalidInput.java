package com.orderdesk.shared;

import java.util.List;

/**
 * Input that is well-formed but breaks a rule checked beyond bean validation (400), naming the
 * offending fields.
 */
public class InvalidInput extends ProblemException {

    public InvalidInput(List<FieldError> errors) {
        super(400, "validation", "Invalid request", describe(errors), errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid");
    }
}
