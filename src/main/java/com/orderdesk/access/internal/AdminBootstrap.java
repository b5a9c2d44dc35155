package com.orderdesk.access.internal;

import java.security.SecureRandom;

import com.orderdesk.access.OperatorRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator, {@code admin}, on a database that has none. There is no
 * built-in default: the credential comes from {@code ORDERDESK_BOOTSTRAP_ADMIN_PASSWORD} or is
 * generated and printed to the log exactly once, at this first start.
 */
@Component
@EnableConfigurationProperties(AdminBootstrapProperties.class)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final OperatorAccounts accounts;
    private final String configuredCredential;

    AdminBootstrap(OperatorAccounts accounts, AdminBootstrapProperties properties) {
        this.accounts = accounts;
        this.configuredCredential = properties.bootstrapAdminPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredCredential.isBlank();
        String credential = generated ? generate() : configuredCredential;
        try {
            accounts.create(ADMIN, credential, OperatorRole.ADMIN);
        } catch (DataIntegrityViolationException raceWithAnotherInstance) {
            return;
        }
        if (generated) {
            // Printed once on purpose: it is the only way to sign in to a fresh installation.
            String notice = "Created operator 'admin' (ADMIN). Generated first sign-in credential, shown only now: {}";
            log.warn(notice, credential);
        } else {
            log.info("Created operator 'admin' (ADMIN) from ORDERDESK_BOOTSTRAP_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }
}
