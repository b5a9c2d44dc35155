package com.orderdesk.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside tests and local development, a webhook may only go to a public https address (no SSRF). */
class WebhookTargetsTests {

    private static WebhookTargets targets(boolean allowInsecureTargets) {
        return new WebhookTargets(new WebhookProperties(allowInsecureTargets, null, null, null, 0, null, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://192.168.0.10/hook",
            "https://172.16.5.4/hook", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook",
            "https://[::1]/hook", "https://[fd00::1]/hook", "https://0.0.0.0/hook"})
    void loopbackPrivateAndLinkLocalTargetsAreRefusedNamingTheUrl(String url) {
        assertThatThrownBy(() -> targets(false).check(url)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("url").hasMessageContaining("public addresses only");
    }

    @Test
    void plainHttpAndCredentialsInTheUrlAreRefused() {
        assertThatThrownBy(() -> targets(false).check("http://203.0.113.10/hook")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("must be https");
        assertThatThrownBy(() -> targets(false).check("https://user:secret@203.0.113.10/hook"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("must not carry credentials");
    }

    @Test
    void aPublicHttpsAddressIsAccepted() {
        assertThat(targets(false).check("https://203.0.113.10/hook")).hasHost("203.0.113.10");
    }

    @Test
    void testsAndLocalDevelopmentMayAllowLoopback() {
        assertThat(targets(true).check("http://127.0.0.1:8089/hook")).hasPort(8089);
    }
}
