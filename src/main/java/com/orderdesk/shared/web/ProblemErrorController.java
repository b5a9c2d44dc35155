package com.orderdesk.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@code /error} answers (replacing Boot's default JSON): an RFC 9457 problem for whatever
 * ended in the servlet container's error dispatch, such as Spring Security's firewall refusing a
 * {@code ..} path segment or an encoded NUL (400). Never the exception's message: a 500 says
 * only that something failed and which request id to quote ({@link RequestIds}).
 */
@RestController
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController implements ErrorController {

    @RequestMapping(produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*"})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = switch (status) {
            case BAD_REQUEST -> "The request was refused before it reached the API (a '..' or encoded path segment,"
                    + " an invalid character or header)";
            case NOT_FOUND -> "No such resource";
            case INTERNAL_SERVER_ERROR -> "The request failed; quote the X-Request-Id response header when reporting it";
            default -> status.getReasonPhrase();
        };
        ProblemDetail problem = ProblemResponses.problem(status, typeOf(status), status.getReasonPhrase(), detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String typeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "request-rejected";
            case NOT_FOUND -> "not-found";
            case INTERNAL_SERVER_ERROR -> "internal-error";
            default -> "http-" + status.value();
        };
    }
}
