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
                    "Sign in with HTTP Basic using an operator account, or send a personal access token as"
                            + " Authorization: Bearer");
        };
    }

    AuthenticationEntryPoint apiKeyEntryPoint() {
        return (request, response, ex) -> {
            Object expiredAt = request.getAttribute(ApiKeyAuthenticationFilter.EXPIRED_AT);
            write(response, HttpStatus.UNAUTHORIZED, expiredAt == null ? "unauthenticated" : "api-key-expired",
                    expiredAt == null ? "Authentication required" : "API key expired",
                    expiredAt == null ? "Send a valid, unrevoked API key in the " + ApiKeyAuthenticationFilter.HEADER + " header"
                            : "This API key expired at " + expiredAt + "; ask an ADMIN for a new key");
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this operation");
    }

    /** 401 for a bearer token that cannot be used (RFC 6750: {@code invalid_token}). */
    void invalidToken(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"OrderDesk\", error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token", detail);
    }

    /** 403 for valid credentials whose scopes do not cover the request, naming the scope. */
    void missingScope(HttpServletResponse response, String scope, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"OrderDesk\", error=\"insufficient_scope\", scope=\""
                + scope + "\"");
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "missing-scope", "Missing scope", detail);
        problem.setProperty("missingScopes", java.util.List.of(scope));
        send(response, problem);
    }

    /** 403 for creating a personal access token with a token. */
    void passwordSignInRequired(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "password-sign-in-required", "Password sign-in required",
                "Tokens are created after signing in with your password (HTTP Basic or the console), not with a token");
    }

    /** 429 with Retry-After: too many failed sign-ins, or an API key over its request rate. */
    void tooMany(HttpServletResponse response, String detail, Duration retryAfter) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail);
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        send(response, problem(status, type, title, detail));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:orderdesk:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    private void send(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
