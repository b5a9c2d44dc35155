package com.orderdesk.console.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ProblemException;
import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * What went wrong with a form, for the page to show: a message per field (by the API's field path,
 * so it sits next to that field) and one message for the whole form. Built from the order API's
 * validation rules or from a problem a module API threw.
 */
public class Problems {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private @Nullable String message;

    static Problems none() {
        return new Problems();
    }

    static Problems of(Set<? extends ConstraintViolation<?>> violations) {
        Problems problems = new Problems();
        violations.forEach(violation -> problems.fields.merge(violation.getPropertyPath().toString(),
                violation.getMessage(), (first, second) -> first + "; " + second));
        if (!problems.fields.isEmpty()) {
            problems.message = "入力内容を確認してください（" + problems.fields.size() + " 項目）。";
        }
        return problems;
    }

    static Problems of(ProblemException problem) {
        Problems problems = new Problems();
        for (FieldError error : problem.errors()) {
            problems.fields.merge(error.field(), error.message(), (first, second) -> first + "; " + second);
        }
        problems.message = problem.title() + ": " + problem.getMessage();
        return problems;
    }

    /** Values the browser sent that do not even fit the field's type (letters in a yen amount). */
    static Problems of(org.springframework.validation.BindingResult binding) {
        Problems problems = new Problems();
        binding.getFieldErrors().forEach(error -> problems.fields.put(error.getField(),
                "「" + error.getRejectedValue() + "」は入力できない値です（数値・日付の形式を確認してください）"));
        if (!problems.fields.isEmpty()) {
            problems.message = "入力内容を確認してください（" + problems.fields.size() + " 項目）。";
        }
        return problems;
    }

    /** Field → message, as a form states its own contradictions. */
    static Problems fields(Map<String, String> messages) {
        Problems problems = new Problems();
        problems.fields.putAll(messages);
        if (!messages.isEmpty()) {
            problems.message = "検索条件を確認してください。";
        }
        return problems;
    }

    static Problems field(String name, String message) {
        Problems problems = new Problems();
        problems.fields.put(name, message);
        problems.message = message;
        return problems;
    }

    static Problems message(String message) {
        Problems problems = new Problems();
        problems.message = message;
        return problems;
    }

    /** The whole-form message also shown beside {@code field} (a rejected upload names no field itself). */
    Problems withField(String field) {
        if (message != null) {
            fields.putIfAbsent(field, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && message == null;
    }

    public @Nullable String field(String name) {
        return fields.get(name);
    }

    public Map<String, String> getFields() {
        return Map.copyOf(fields);
    }

    public @Nullable String getMessage() {
        return message;
    }
}
