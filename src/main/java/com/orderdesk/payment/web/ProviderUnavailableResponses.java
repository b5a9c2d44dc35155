package com.orderdesk.payment.web;

import java.net.URI;

import com.orderdesk.payment.gateway.ProviderUnavailable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A provider outage is a 503 problem with {@code Retry-After}, so clients back off instead of
 * retrying at once. Ahead of the shared problem mapping, which knows no response headers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProviderUnavailableResponses {

    @ExceptionHandler(ProviderUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(ProviderUnavailable ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setType(URI.create("urn:orderdesk:problem:" + ex.type()));
        problem.setTitle(ex.title());
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
                .body(problem);
    }
}
