package com.orderdesk.access.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers as RFC 9457 problem bodies, like every other refusal of the API. */
final class ProblemSecurityResponses {

    private final JsonMapper jsonMapper;

    ProblemSecurityResponses(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    AuthenticationEntryPoint basicEntryPoint() {
        return (request, response, ex) -> {
            if (ex instanceof SignInThrottled throttled) {
                tooMany(response, throttled.getMessage(), throttled.retryAfter());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"OrderDesk\"");
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Sign in with HTTP Basic using an operator account");
        };
    }

    AuthenticationEntryPoint apiKeyEntryPoint() {
        return (request, response, ex) -> write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Authentication required", "Send a valid, unrevoked API key in the " + ApiKeyAuthenticationFilter.HEADER + " header");
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this operation");
    }

    /** 429 with Retry-After: too many failed sign-ins, or an API key over its request rate. */
    void tooMany(HttpServletResponse response, String detail, Duration retryAfter) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail);
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:orderdesk:problem:" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
