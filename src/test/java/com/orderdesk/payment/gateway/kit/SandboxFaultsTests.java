package com.orderdesk.payment.gateway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.gateway.kit.SandboxFaultsProperties.Faults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SandboxFaultsTests {

    private final List<Duration> pauses = new ArrayList<>();

    private SandboxFaults filter(Map<String, Faults> faults, double draw) {
        return new SandboxFaults(new SandboxFaultsProperties(faults), pauses::add, () -> draw);
    }

    private static Faults faults(Duration latency, double errorRate, int rateLimit) {
        return new Faults(latency, errorRate, rateLimit, Duration.ofHours(1));
    }

    /** The answer to one POST, and whether the simulator behind the filter was reached. */
    private record Outcome(int status, boolean reachedSimulator, MockHttpServletResponse response) {
    }

    private static Outcome call(SandboxFaults filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Outcome(response.getStatus(), chain.getRequest() != null, response);
    }

    @Test
    void aSimulatorWithLatencyAnswersAfterItAndOnlyThatProvidersCallsWait() throws Exception {
        SandboxFaults filter = filter(Map.of("gmo-pg", faults(Duration.ofMillis(200), 0, 0)), 0.5);

        Outcome slow = call(filter, "/api/sandbox/gmo-pg/payment/AlterTran.idPass");
        Outcome other = call(filter, "/api/sandbox/dsk/paperless/order");
        Outcome notSandbox = call(filter, "/api/admin/orders");

        assertThat(slow.reachedSimulator()).isTrue();
        assertThat(other.reachedSimulator()).isTrue();
        assertThat(notSandbox.reachedSimulator()).isTrue();
        assertThat(pauses).as("only the GMO-PG call waited, once, its latency").containsExactly(Duration.ofMillis(200));
    }

    @Test
    void theErrorRateAnswers500WithoutReachingTheSimulatorForDrawsBelowIt() throws Exception {
        Map<String, Faults> halfFailing = Map.of("dsk", faults(Duration.ZERO, 0.5, 0));

        Outcome failed = call(filter(halfFailing, 0.49), "/api/sandbox/dsk/paperless/order");
        Outcome passed = call(filter(halfFailing, 0.5), "/api/sandbox/dsk/paperless/order");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.reachedSimulator()).isFalse();
        assertThat(passed.reachedSimulator()).isTrue();
        assertThat(call(filter(Map.of("dsk", faults(Duration.ZERO, 1, 0)), 0.999), "/api/sandbox/dsk/x").status())
                .as("error-rate 1 fails every call").isEqualTo(500);
    }

    @Test
    void pastTheRateLimitACallIsAnswered429WithRetryAfterAtOnceAndOtherProvidersAreNotCounted() throws Exception {
        SandboxFaults filter = filter(Map.of("gmo-pg", faults(Duration.ofMillis(100), 0, 2)), 0.5);

        Outcome first = call(filter, "/api/sandbox/gmo-pg/payment/EntryTran.idPass");
        Outcome second = call(filter, "/api/sandbox/gmo-pg/payment/ExecTran.idPass");
        Outcome third = call(filter, "/api/sandbox/gmo-pg/payment/AlterTran.idPass");
        Outcome otherProvider = call(filter, "/api/sandbox/dsk/paperless/order");

        assertThat(first.reachedSimulator()).isTrue();
        assertThat(second.reachedSimulator()).isTrue();
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.reachedSimulator()).isFalse();
        assertThat(third.response().getHeader("Retry-After")).isEqualTo("3600");
        assertThat(otherProvider.reachedSimulator()).isTrue();
        assertThat(pauses).as("the throttled call did not wait the latency").hasSize(2);
    }

    @Test
    void theControlsAreSettingsPerProviderSlugAndNonsenseIsRefusedAtStartUp() {
        // Beside the sandbox's own switches, which are no provider slugs.
        Map<String, String> settings = Map.of(
                "orderdesk.sandbox.enabled", "true",
                "orderdesk.sandbox.base-url", "",
                "orderdesk.sandbox.faults.gmo-pg.latency", "200ms",
                "orderdesk.sandbox.faults.gmo-pg.error-rate", "0.05",
                "orderdesk.sandbox.faults.gmo-pg.rate-limit", "50",
                "orderdesk.sandbox.faults.dsk.latency", "1s");

        SandboxFaultsProperties bound = new Binder(new MapConfigurationPropertySource(settings))
                .bind("orderdesk.sandbox", SandboxFaultsProperties.class).get();

        assertThat(bound.of("gmo-pg")).isEqualTo(new Faults(Duration.ofMillis(200), 0.05, 50, Duration.ofSeconds(1)));
        assertThat(bound.of("dsk").latency()).isEqualTo(Duration.ofSeconds(1));
        assertThat(bound.of("dsk").errorRate()).isZero();
        assertThat(bound.of("paygent-paidy")).isEqualTo(Faults.NONE);
        assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(
                Map.of("orderdesk.sandbox.faults.gmo-pg.error-rate", "1.5"))).bind("orderdesk.sandbox",
                SandboxFaultsProperties.class))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("error-rate must be between 0 and 1");
    }
}
