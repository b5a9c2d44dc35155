package com.orderdesk.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderdesk.support.IntegrationTestSupport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filter on the real database with a scripted handler, for what the order endpoints cannot
 * show: a truly concurrent duplicate, and server errors that must not be kept.
 */
class IdempotencyFilterIntegrationTests extends IntegrationTestSupport {

    @Autowired
    IdempotencyKeyStore store;

    @Autowired
    JsonMapper jsonMapper;

    private IdempotencyFilter filter;
    private final AtomicInteger handlerRuns = new AtomicInteger();

    @Test
    void aConcurrentDuplicateIsAConflictAndTheFirstResultIsReplayedAfterwards() throws Exception {
        filter = new IdempotencyFilter(store, new IdempotencyProblems(jsonMapper), 1024);
        CountDownLatch firstEntered = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        FilterChain slowHandler = (request, response) -> {
            handlerRuns.incrementAndGet();
            firstEntered.countDown();
            try {
                assertThat(mayFinish.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            respond((HttpServletResponse) response, 201, "{\"number\":\"OD-000001\"}");
        };

        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> send(slowHandler));
        assertThat(firstEntered.await(30, TimeUnit.SECONDS)).isTrue();
        MockHttpServletResponse duplicate = send(slowHandler);
        mayFinish.countDown();
        MockHttpServletResponse firstResponse = first.get(30, TimeUnit.SECONDS);
        MockHttpServletResponse retry = send(slowHandler);

        assertThat(duplicate.getStatus()).isEqualTo(409);
        assertThat(firstResponse.getStatus()).isEqualTo(201);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getContentAsString()).isEqualTo(firstResponse.getContentAsString());
        assertThat(handlerRuns).hasValue(1);
    }

    @Test
    void aServerErrorReleasesTheKeySoTheRetryRunsAgain() throws Exception {
        filter = new IdempotencyFilter(store, new IdempotencyProblems(jsonMapper), 1024);
        FilterChain unavailable = (request, response) -> {
            handlerRuns.incrementAndGet();
            respond((HttpServletResponse) response, 503, "{\"title\":\"Provider unavailable\"}");
        };

        MockHttpServletResponse first = send(unavailable);
        assertThat(count()).isZero();
        MockHttpServletResponse retry = send(unavailable);

        assertThat(first.getStatus()).isEqualTo(503);
        assertThat(first.getContentAsString()).contains("Provider unavailable");
        assertThat(retry.getStatus()).isEqualTo(503);
        assertThat(retry.getHeader("Idempotent-Replayed")).isNull();
        assertThat(handlerRuns).hasValue(2);
        assertThat(count()).isZero();
    }

    @Test
    void aResponseMarkedNoStoreIsNeitherKeptNorReplayed() throws Exception {
        filter = new IdempotencyFilter(store, new IdempotencyProblems(jsonMapper), 1024);
        FilterChain showsASecretOnce = (request, response) -> {
            handlerRuns.incrementAndGet();
            ((HttpServletResponse) response).setHeader("Cache-Control", "no-store");
            respond((HttpServletResponse) response, 201, "{\"key\":\"odk_secret\"}");
        };

        MockHttpServletResponse first = send(showsASecretOnce);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentAsString()).contains("odk_secret");
        assertThat(count()).isZero();
        assertThat(send(showsASecretOnce).getHeader("Idempotent-Replayed")).isNull();
        assertThat(handlerRuns).hasValue(2);
    }

    @Test
    void aHandlerThatThrowsReleasesTheKey() {
        filter = new IdempotencyFilter(store, new IdempotencyProblems(jsonMapper), 1024);
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("boom");
        };

        assertThatThrownBy(() -> send(failing)).hasRootCauseMessage("boom");
        assertThat(count()).isZero();
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWithoutRunningTheHandler() throws Exception {
        filter = new IdempotencyFilter(store, new IdempotencyProblems(jsonMapper), 8);
        FilterChain handler = (request, response) -> handlerRuns.incrementAndGet();

        MockHttpServletResponse response = send(handler);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("urn:orderdesk:problem:payload-too-large");
        assertThat(handlerRuns).hasValue(0);
    }

    private MockHttpServletResponse send(FilterChain handler) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("operator1", null, List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/admin/orders");
        request.addHeader(IdempotencyFilter.HEADER, "key-1");
        request.setContentType("application/json");
        request.setContent("{\"lines\":[]}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request, response, handler);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return response;
    }

    private static void respond(HttpServletResponse response, int status, String json)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM idempotency_keys", Long.class);
    }
}
