package com.orderdesk.shared.web;

import java.util.ArrayList;
import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter whose decoded value (or name) holds what {@link StrictText} refuses
 * (a NUL in a search term used to reach PostgreSQL and end in a 500), with 400 naming it. Reads
 * the query string only, never a form body (the webhook route needs its body untouched).
 */
class StrictQueryParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return true;
        }
        List<FieldError> errors = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            String problem = StrictText.problem(name + value);
            if (problem != null) {
                errors.add(new FieldError(name.replace("\u0000", "\\u0000"), problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return true;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
