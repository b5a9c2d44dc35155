package com.orderdesk.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;

/**
 * Problem titles and the common field messages in the caller's language ({@code Accept-Language};
 * English unless Japanese is asked for). Bean Validation messages follow the same locale by
 * themselves. Free-text details written by the modules stay as written (mostly English, with
 * Japanese where operators read them in the history). The console, which always speaks Japanese,
 * reads the same catalogue through {@link #japanese(ProblemException)} and {@link #japaneseMessage(String)}.
 */
public final class ProblemTexts {

    private static final String BUNDLE = "i18n.problems";

    private ProblemTexts() {
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Sets the title for the problem's type or status in the caller's language, when there is one. */
    static void localize(ProblemDetail problem) {
        Locale locale = locale();
        String type = problem.getType() == null ? "" : problem.getType().toString();
        String slug = type.startsWith(ProblemResponses.TYPE_PREFIX) ? type.substring(ProblemResponses.TYPE_PREFIX.length()) : null;
        String title = slug == null ? null : text(locale, "title." + slug);
        if (title == null && (slug == null || !isEnglish(locale))) {
            title = text(locale, "status." + problem.getStatus());
        }
        if (title != null) {
            problem.setTitle(title);
        }
    }

    static List<FieldError> localize(List<FieldError> errors) {
        Locale locale = locale();
        return errors.stream().map(error -> {
            String message = text(locale, "message." + error.message());
            return message == null ? error : new FieldError(error.field(), message);
        }).toList();
    }

    /**
     * The problem as one Japanese sentence for a page: the catalogue's title for its type (else for
     * its status), then the catalogue's {@code detail.<type>} when it has one, else the module's own
     * detail. Never null.
     */
    public static String japanese(ProblemException problem) {
        String title = text(Locale.JAPANESE, "title." + problem.type());
        if (title == null) {
            title = text(Locale.JAPANESE, "status." + problem.status());
        }
        String detail = text(Locale.JAPANESE, "detail." + problem.type());
        return (title == null ? problem.title() : title) + ": "
                + (detail == null ? japaneseMessage(String.valueOf(problem.getMessage())) : detail);
    }

    /** A field message in Japanese when the catalogue has it ({@code message.<text>}), else as written. */
    public static String japaneseMessage(String message) {
        String japanese = text(Locale.JAPANESE, "message." + message);
        return japanese == null ? message : japanese;
    }

    private static boolean isEnglish(Locale locale) {
        return !locale.getLanguage().equals("ja");
    }

    private static @Nullable String text(Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isEnglish(locale) ? Locale.ROOT : Locale.JAPANESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException ex) {
            return null;
        }
    }
}
