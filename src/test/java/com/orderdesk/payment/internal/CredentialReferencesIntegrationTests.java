package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Provider references that act as credentials (an AccessPass) are encrypted at rest under the
 * provider-settings key, shown masked, and still handed to the adapter in clear; ones left in clear
 * (before V221, or written without a key) are encrypted at start-up.
 */
class CredentialReferencesIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String PASS = "0123456789abcdef0123456789abcdef";

    @Autowired
    PaymentRepository payments;

    @Autowired
    CredentialReferenceSealing sealing;

    private String number;

    private UUID authorizedWithAccessPass() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE, PaymentStatus.AUTHORIZED,
                "AUTH", Map.of("AccessPass", PASS, "AccessID", "access-id-1")));
        number = authorizedOrder();
        return UUID.fromString(paymentsOf(number).get(0).at("/id").asString());
    }

    @Test
    void anAccessPassIsEncryptedAtRestMaskedInViewsAndClearForTheAdapter() {
        UUID id = authorizedWithAccessPass();

        assertThat(jdbc.queryForList("SELECT name FROM payment_references WHERE payment_id = ?", String.class, id))
                .contains("AccessID").doesNotContain("AccessPass");
        String stored = jdbc.queryForObject("""
                SELECT sealed_value FROM payment_credential_references WHERE payment_id = ? AND name = 'AccessPass'""",
                String.class, id);
        assertThat(stored).startsWith("gcm:").doesNotContain(PASS);
        assertThat(paymentsOf(number).get(0).at("/references/AccessPass").asString()).isEqualTo("****");
        assertThat(payments.findById(id).orElseThrow().toState().references())
                .containsEntry("AccessPass", PASS).containsEntry("AccessID", "access-id-1");
    }

    @Test
    void aReferenceLeftInClearIsEncryptedAtStartUp() {
        UUID id = authorizedWithAccessPass();
        jdbc.update("UPDATE payment_credential_references SET sealed_value = ? WHERE payment_id = ?", "plain:" + PASS, id);

        assertThat(sealing.sealPlainValues()).isEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT sealed_value FROM payment_credential_references WHERE payment_id = ?",
                String.class, id)).startsWith("gcm:").doesNotContain(PASS);
        assertThat(payments.findById(id).orElseThrow().references()).containsEntry("AccessPass", PASS);
    }
}
