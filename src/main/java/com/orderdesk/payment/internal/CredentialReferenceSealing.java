package com.orderdesk.payment.internal;

import java.util.List;
import java.util.Map;

import com.orderdesk.payment.internal.settings.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Encrypts credential references still stored in clear ({@code plain:}, from before V221 or written
 * while no key was configured) once {@code orderdesk.secret-key} is set, at start-up. Idempotent and
 * safe with several instances: each row is rewritten only while it is still in clear.
 */
@Component
class CredentialReferenceSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CredentialReferenceSealing.class);

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;

    CredentialReferenceSealing(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        sealPlainValues();
    }

    /** @return how many values were encrypted */
    int sealPlainValues() {
        if (!cipher.canEncrypt()) {
            return 0;
        }
        SealedReferenceConverter converter = new SealedReferenceConverter(cipher);
        List<Map<String, Object>> plain = jdbc.queryForList("""
                SELECT payment_id, name, sealed_value FROM payment_credential_references
                WHERE sealed_value LIKE 'plain:%'""");
        int sealed = 0;
        for (Map<String, Object> row : plain) {
            String stored = (String) row.get("sealed_value");
            String value = converter.convertToEntityAttribute(stored);
            sealed += jdbc.update("""
                    UPDATE payment_credential_references SET sealed_value = ?
                    WHERE payment_id = ? AND name = ? AND sealed_value = ?""",
                    converter.convertToDatabaseColumn(value), row.get("payment_id"), row.get("name"), stored);
        }
        if (sealed > 0) {
            log.info("Encrypted {} provider references that act as credentials", sealed);
        }
        return sealed;
    }
}
