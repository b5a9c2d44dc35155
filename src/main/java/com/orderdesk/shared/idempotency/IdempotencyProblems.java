package com.orderdesk.shared.idempotency;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filter's refusals as RFC 9457 problem bodies, shaped like those of the controllers'
 * {@code ProblemResponses} (which a filter cannot reach, as it runs before the dispatcher).
 */
final class IdempotencyProblems {

    private static final String TYPE_PREFIX = "urn:orderdesk:problem:";

    private final JsonMapper jsonMapper;

    IdempotencyProblems(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    void invalidKey(HttpServletResponse response) throws IOException {
        invalidRequest(response, "must be 1 to 255 printable ASCII characters");
    }

    void pathTooLong(HttpServletResponse response) throws IOException {
        invalidRequest(response, "cannot be used on a request path longer than "
                + IdempotencyFilter.MAX_PATH_LENGTH + " characters");
    }

    void bodyTooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                "A request with an " + IdempotencyFilter.HEADER + " may have a body of at most " + maxBytes + " bytes");
    }

    void keyReused(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
                "This " + IdempotencyFilter.HEADER + " was already used for a different request (another body or "
                        + "query string); send a new key for a new request");
    }

    void stillInProgress(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.CONFLICT, "idempotency-key-in-progress", "Request still in progress",
                "A request with this " + IdempotencyFilter.HEADER + " is still being processed; retry once it has "
                        + "finished to receive its response");
    }

    /** Same shape as {@code InvalidInput}: type {@code validation} with an {@code errors} entry. */
    private void invalidRequest(HttpServletResponse response, String message) throws IOException {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                IdempotencyFilter.HEADER + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", IdempotencyFilter.HEADER, "message", message)));
        write(response, problem);
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        write(response, problem(status, type, title, detail));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
