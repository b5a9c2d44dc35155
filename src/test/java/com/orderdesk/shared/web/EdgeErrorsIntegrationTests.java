package com.orderdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.RealPortIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Errors the application does not raise itself are problem+json too: the security firewall's
 * refusal of a {@code ..} segment and Tomcat's own refusal of a URL or headers over 8 KB (on a real
 * port; the context is the console tests' one). HSTS and forwarded headers, believed only from the
 * configured load balancer ({@code orderdesk.web.trusted-proxies}, 10.9.9.9 in tests).
 */
@RealPortIntegrationTest
class EdgeErrorsIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String pathAndQuery, String headerName, String headerValue) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET();
        if (headerName != null) {
            request.header(headerName, headerValue);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).doesNotContainIgnoringCase("tomcat")
                .doesNotContain("<html");
    }

    @Test
    void dotDotSegmentsAreAProblem() throws Exception {
        assertProblem(get("/api/admin/orders/../users", null, null), 400);
        assertProblem(get("/api/admin/orders/%2e%2e/users", null, null), 400);
    }

    @Test
    void oversizedUrlsAndHeadersAreAProblemNotTomcatsPage() throws Exception {
        assertProblem(get("/api/admin/orders?customerName=" + "a".repeat(9000), null, null), 400);
        assertProblem(get("/api/admin/orders", "X-Padding", "a".repeat(9000)), 400);
    }

    @Test
    void anActuatorErrorWithoutABodyIsAProblemToo() throws Exception {
        assertProblem(get("/actuator/health/no-such-component", null, null), 404);
        assertThat(api.asAdmin().post("/api/admin/users", java.util.Map.of("username", "edge-admin", "password",
                "a-long-passphrase", "role", "ADMIN")).status()).isEqualTo(201);
        assertProblem(get("/actuator/metrics/no.such.metric", "Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("edge-admin:a-long-passphrase".getBytes(java.nio.charset.StandardCharsets.UTF_8))), 404);
        assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    private MockHttpServletResponse viaProxy(String from, String forwardedFor) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/actuator/health").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", forwardedFor).with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn().getResponse();
    }

    @Test
    void hstsAndForwardedHeadersComeOnlyFromTheTrustedLoadBalancer() throws Exception {
        MockHttpServletResponse proxied = viaProxy("10.9.9.9", "203.0.113.10");
        MockHttpServletResponse spoofed = viaProxy("192.0.2.66", "203.0.113.10");

        assertThat(proxied.getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(spoofed.getHeader("Strict-Transport-Security")).isNull();
    }
}
