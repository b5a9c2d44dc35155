package com.orderdesk.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into an RFC 9457 problem response that names the offending fields in an
 * {@code errors} array ({@code [{"field": "lines[0].quantity", "message": "…"}]}), so that an
 * operator or integrator sees what to fix without reading logs.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    static final String TYPE_PREFIX = "urn:orderdesk:problem:";
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
        ProblemDetail problem;
        if (ex.type().equals("validation")) {
            problem = validationBody(ProblemTexts.localize(ex.errors()));
        } else {
            problem = problem(HttpStatus.valueOf(ex.status()), ex.type(), ex.title(), ex.getMessage());
            if (!ex.errors().isEmpty()) {
                problem.setProperty("errors", ProblemTexts.localize(ex.errors()));
            }
        }
        ex.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        ex.headers().forEach(headers::set);
        return ResponseEntity.status(ex.status()).headers(headers).body(problem);
    }

    /** Method validation of a {@code @Validated} controller: 400 naming each parameter (the path's last node). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            errors.add(new FieldError(path.substring(path.lastIndexOf('.') + 1), violation.getMessage()));
        }
        return validationProblem(errors);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleStaleVersion(OptimisticLockingFailureException ex) {
        log.debug("Concurrent modification", ex);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "stale-version",
                "Concurrent modification",
                "The resource was changed by someone else in the meantime; reload it and apply the change again"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(fieldErrors(ex.getBindingResult()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error ->
                    errors.add(new FieldError(name == null ? "parameter" : name, String.valueOf(error.getDefaultMessage()))));
        });
        return validationProblem(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : describeType(ex.getRequiredType());
        return validationProblem(List.of(new FieldError(field, "'" + ex.getValue() + "' is not " + expected)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return validationProblem(List.of(new FieldError(path(unknown), "unknown field")));
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            // StrictText's refusal: the reason, never the text itself (it holds what cannot be shown)
            return validationProblem(List.of(new FieldError(path(invalid), invalid.getOriginalMessage())));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return validationProblem(List.of(new FieldError(path(invalid),
                    "'" + invalid.getValue() + "' is not " + describeType(invalid.getTargetType()))));
        }
        if (ex.getCause() instanceof ValueInstantiationException refused && !refused.getPath().isEmpty()) {
            // a value type's factory refused the text (e.g. an unknown payment provider): its reason names the value
            return validationProblem(List.of(new FieldError(path(refused), cause.getMessage() == null
                    ? "is not a valid value" : cause.getMessage())));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return validationProblem(List.of(new FieldError(path(mismatched), "has the wrong JSON type")));
        }
        String detail = cause instanceof StreamReadException || cause instanceof JacksonException
                ? "The body is not valid JSON: " + ((JacksonException) cause).getOriginalMessage()
                : "The request body is missing or unreadable";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Framework refusals (405, 406, 415, …) get their title in the caller's language too. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            ProblemTexts.localize(problem);
        }
        return response;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        ProblemTexts.localize(problem);
        return problem;
    }

    private static ResponseEntity<Object> validationProblem(List<FieldError> errors) {
        return ResponseEntity.badRequest().body(validationBody(
                ProblemTexts.localize(errors).stream().sorted(Comparator.comparing(FieldError::field)).toList()));
    }

    /** A 400 listing the fields in the given order; the detail repeats them in one line. */
    private static ProblemDetail validationBody(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(),
                error.isBindingFailure() ? "'" + error.getRejectedValue() + "' has the wrong format"
                        : String.valueOf(error.getDefaultMessage()))));
        result.getGlobalErrors().forEach(error ->
                errors.add(new FieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return errors;
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "long", "Long", "int", "Integer" -> "a whole number";
            case "LocalDate" -> "a date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "a timestamp (ISO-8601)";
            case "boolean", "Boolean" -> "true or false";
            default -> "a valid " + type.getSimpleName();
        };
    }
}
