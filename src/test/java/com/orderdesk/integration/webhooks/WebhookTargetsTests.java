package com.orderdesk.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;

import com.orderdesk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * Outside tests and local development, a webhook may only go to a public https address (no SSRF).
 * Only loopback appears in URLs here; other addresses are classified from their bytes, never
 * resolved or reached.
 */
class WebhookTargetsTests {

    private static WebhookTargets targets(boolean allowInsecureTargets) {
        return new WebhookTargets(new WebhookProperties(allowInsecureTargets, null, null, null, 0, null, 0));
    }

    private static InetAddress address(int... octets) throws UnknownHostException {
        byte[] bytes = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            bytes[i] = (byte) octets[i];
        }
        return InetAddress.getByAddress(bytes);
    }

    @Test
    void aLoopbackTargetIsRefusedNamingTheUrl() {
        assertThatThrownBy(() -> targets(false).check("https://127.0.0.1/hook")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("url").hasMessageContaining("public addresses only");
    }

    @Test
    void privateLinkLocalCarrierGradeAndUniqueLocalAddressesAreInternal() throws UnknownHostException {
        assertThat(WebhookTargets.isInternal(address(10, 1, 2, 3))).isTrue();
        assertThat(WebhookTargets.isInternal(address(192, 168, 0, 10))).isTrue();
        assertThat(WebhookTargets.isInternal(address(172, 16, 5, 4))).isTrue();
        assertThat(WebhookTargets.isInternal(address(169, 254, 169, 254))).as("cloud metadata").isTrue();
        assertThat(WebhookTargets.isInternal(address(100, 64, 0, 1))).as("CGNAT").isTrue();
        assertThat(WebhookTargets.isInternal(address(0, 0, 0, 0))).isTrue();
        assertThat(WebhookTargets.isInternal(address(0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).isTrue();
        assertThat(WebhookTargets.isInternal(address(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).isTrue();
        assertThat(WebhookTargets.isInternal(address(203, 0, 113, 10))).as("a public address").isFalse();
        assertThat(WebhookTargets.isInternal(address(100, 128, 0, 1))).as("just past CGNAT").isFalse();
    }

    @Test
    void plainHttpAndCredentialsInTheUrlAreRefused() {
        assertThatThrownBy(() -> targets(false).check("http://127.0.0.1/hook")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("must be https");
        assertThatThrownBy(() -> targets(false).check("https://user:secret@127.0.0.1/hook"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("must not carry credentials");
    }

    @Test
    void testsAndLocalDevelopmentMayAllowLoopback() {
        assertThat(targets(true).check("http://127.0.0.1:8089/hook")).hasPort(8089);
    }
}
