package com.orderdesk.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.mock.web.MockPart;
import org.springframework.util.StreamUtils;

/** What makes two requests "the same request" for an Idempotency-Key, and what a key may look like. */
class IdempotencyFingerprintTests {

    private final RequestFingerprinter fingerprinter = new RequestFingerprinter(1024);

    @Test
    void theSameRequestHasTheSameFingerprint() throws Exception {
        assertThat(fingerprint(json("/api/admin/orders", null, "{\"a\":1}")))
                .isEqualTo(fingerprint(json("/api/admin/orders", null, "{\"a\":1}")))
                .hasSize(64);
    }

    @Test
    void bodyPathAndQueryEachChangeTheFingerprint() throws Exception {
        String base = fingerprint(json("/api/admin/orders", null, "{\"a\":1}"));

        assertThat(fingerprint(json("/api/admin/orders", null, "{\"a\":2}"))).isNotEqualTo(base);
        assertThat(fingerprint(json("/api/admin/orders/x", null, "{\"a\":1}"))).isNotEqualTo(base);
        assertThat(fingerprint(json("/api/admin/orders", "dryRun=true", "{\"a\":1}"))).isNotEqualTo(base);
    }

    @Test
    void theHandlerStillReadsTheWholeBody() throws Exception {
        HttpServletRequest handed = fingerprinter.fingerprint(json("/api/admin/orders", null, "{\"名前\":\"山田\"}")).request();

        assertThat(StreamUtils.copyToString(handed.getInputStream(), StandardCharsets.UTF_8)).isEqualTo("{\"名前\":\"山田\"}");
        assertThat(handed.getReader().readLine()).isEqualTo("{\"名前\":\"山田\"}");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedEvenWithoutContentLength() {
        MockHttpServletRequest request = json("/api/admin/orders", null, "x".repeat(1025));

        assertThatThrownBy(() -> fingerprinter.fingerprint(request)).isInstanceOf(RequestFingerprinter.BodyTooLarge.class);
    }

    @Test
    void formsAreFingerprintedFromTheirParametersAndLeftReadable() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/api/admin/x");
        form.setContentType("application/x-www-form-urlencoded");
        form.addParameter("status", "SHIPPED");
        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/api/admin/x");
        other.setContentType("application/x-www-form-urlencoded");
        other.addParameter("status", "CANCELLED");

        var fingerprinted = fingerprinter.fingerprint(form);

        assertThat(fingerprinted.fingerprint()).isNotEqualTo(fingerprint(other));
        assertThat(fingerprinted.request().getParameter("status")).isEqualTo("SHIPPED");
    }

    @Test
    void uploadsAreFingerprintedFromTheirParts() throws Exception {
        assertThat(fingerprint(upload("a,b\n"))).isEqualTo(fingerprint(upload("a,b\n")))
                .isNotEqualTo(fingerprint(upload("a,c\n")));
    }

    @Test
    void keysAreOneTo255PrintableAsciiCharacters() {
        assertThat(IdempotencyFilter.isValidKey("a")).isTrue();
        assertThat(IdempotencyFilter.isValidKey("550e8400-e29b-41d4-a716-446655440000")).isTrue();
        assertThat(IdempotencyFilter.isValidKey("x".repeat(255))).isTrue();
        assertThat(IdempotencyFilter.isValidKey("")).isFalse();
        assertThat(IdempotencyFilter.isValidKey(" ")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("x".repeat(256))).isFalse();
        assertThat(IdempotencyFilter.isValidKey("キー")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("a\u007f")).isFalse();
    }

    private String fingerprint(MockHttpServletRequest request) throws Exception {
        return fingerprinter.fingerprint(request).fingerprint();
    }

    private static MockHttpServletRequest json(String path, String query, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setQueryString(query);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static MockHttpServletRequest upload(String csv) {
        MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
        request.setRequestURI("/api/admin/shipments/import");
        request.setContentType("multipart/form-data; boundary=xyz");
        MockPart part = new MockPart("file", "b2.csv", csv.getBytes(StandardCharsets.UTF_8));
        request.addPart(part);
        return request;
    }
}
