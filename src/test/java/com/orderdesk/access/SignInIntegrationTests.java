package com.orderdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Sign-in hardening: failed sign-ins are logged and throttled per user name and per source address
 * (429 problem with Retry-After, even for the right password, until the window refills); a verified
 * password is not run through BCrypt again on every HTTP Basic call; API keys are rate-limited.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTests extends IntegrationTestSupport {

    private static final String PASSWORD = "a-long-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    private MockHttpServletResponse get(String username, String password, String from) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return mvc.perform(MockMvcRequestBuilders.get("/api/admin/orders").header("Authorization", "Basic " + basic)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn().getResponse();
    }

    private void operator(String username) {
        assertThat(api.asAdmin().post("/api/admin/users", Map.of("username", username, "password", PASSWORD,
                "role", "OPERATOR")).status()).isEqualTo(201);
    }

    private double hashChecks() {
        return meters.get("orderdesk.sign-in.password-hash-checks").counter().count();
    }

    @Test
    void failedSignInsOfOneUserAreLoggedAndThrottled(CapturedOutput output) throws Exception {
        operator("throttled-user");
        for (int i = 0; i < 10; i++) {
            assertThat(get("throttled-user", "wrong-" + i, "203.0.113." + i).getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse refused = get("throttled-user", PASSWORD, "203.0.113.200");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("900");
        assertThat(output).contains("Failed sign-in of 'throttled-user' from 203.0.113.3: wrong password");
        assertThat(get("another-user-entirely", "x", "203.0.113.201").getStatus()).as("others are not affected")
                .isEqualTo(401);
    }

    @Test
    void failedSignInsFromOneAddressAreThrottledWhateverTheUserName() throws Exception {
        operator("source-victim");
        for (int i = 0; i < 30; i++) {
            assertThat(get("guess-" + i, "wrong", "198.51.100.77").getStatus()).isEqualTo(401);
        }

        assertThat(get("source-victim", PASSWORD, "198.51.100.77").getStatus()).isEqualTo(429);
        assertThat(get("source-victim", PASSWORD, "198.51.100.78").getStatus()).isEqualTo(200);
    }

    @Test
    void repeatedBasicCallsRunBcryptOnceAndAPasswordChangeAppliesAtOnce() throws Exception {
        operator("script-user");
        double before = hashChecks();
        for (int i = 0; i < 5; i++) {
            assertThat(get("script-user", PASSWORD, "192.0.2.10").getStatus()).isEqualTo(200);
        }
        assertThat(hashChecks() - before).isEqualTo(1);

        assertThat(api.withBasic("script-user", PASSWORD).post("/api/admin/users/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "another-long-passphrase")).status()).isEqualTo(204);

        assertThat(get("script-user", PASSWORD, "192.0.2.10").getStatus()).isEqualTo(401);
        assertThat(get("script-user", "another-long-passphrase", "192.0.2.10").getStatus()).isEqualTo(200);
    }

    @Test
    void anApiKeyOverItsRequestRateGets429() {
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "busy")).json().at("/key").asString();
        int served = 0;
        com.orderdesk.support.TestApi.Response last = null;
        for (int i = 0; i < 301; i++) {
            last = api.withApiKey(key).get("/api/store/orders");
            served += last.status() == 429 ? 0 : 1;
        }
        assertThat(served).isEqualTo(300);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isEqualTo("60");
        assertThat(last.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:too-many-requests");
    }
}
