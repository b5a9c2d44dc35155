package com.orderdesk.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.web.ProblemTexts;
import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * What went wrong with a form, for the page to show: a message per field (by the API's field path,
 * so it sits next to that field) and one message for the whole form. Built from the order API's
 * validation rules or from a problem a module API threw, in Japanese where the REST API's problem
 * catalogue ({@link ProblemTexts}, {@code Accept-Language: ja}) has the text.
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
                ProblemTexts.japaneseMessage(violation.getMessage()), (first, second) -> first + "; " + second));
        if (!problems.fields.isEmpty()) {
            problems.message = "入力内容を確認してください（" + problems.fields.size() + " 項目）。";
        }
        return problems;
    }

    static Problems of(ProblemException problem) {
        Problems problems = new Problems();
        for (FieldError error : problem.errors()) {
            problems.fields.merge(error.field(), ProblemTexts.japaneseMessage(error.message()),
                    (first, second) -> first + "; " + second);
        }
        problems.message = ProblemTexts.japanese(problem);
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

    /** Messages of fields under {@code prefix} (the API's path, e.g. {@code fee.byPrefecture.東京都}) shown beside the page's {@code field}. */
    Problems renamed(String prefix, String field) {
        Map<String, String> moved = new LinkedHashMap<>();
        fields.entrySet().removeIf(entry -> {
            if (entry.getKey().equals(prefix) || entry.getKey().startsWith(prefix + ".")) {
                String where = entry.getKey().length() > prefix.length() ? entry.getKey().substring(prefix.length() + 1) + ": " : "";
                moved.merge(field, where + entry.getValue(), (first, second) -> first + "; " + second);
                return true;
            }
            return false;
        });
        moved.forEach((name, message) -> fields.merge(name, message, (first, second) -> first + "; " + second));
        return this;
    }

    /**
     * Messages of {@code list[i]…} moved to {@code list[rows[i]]…}: the module was given only the rows
     * the operator filled in, the page shows them at their places in the form.
     */
    Problems reindexed(String list, List<Integer> rows) {
        Map<String, String> moved = new LinkedHashMap<>();
        Pattern indexed = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)](.*)");
        fields.forEach((name, text) -> {
            Matcher matcher = indexed.matcher(name);
            String place = matcher.matches() && Integer.parseInt(matcher.group(1)) < rows.size()
                    ? list + "[" + rows.get(Integer.parseInt(matcher.group(1))) + "]" + matcher.group(2) : name;
            moved.merge(place, text, (first, second) -> first + "; " + second);
        });
        fields.clear();
        fields.putAll(moved);
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
