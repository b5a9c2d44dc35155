-- Issue 10 (module payment): provider references that act as credentials (GMO's AccessPass; any
-- reference named with pass/secret/token/key/password, CredentialReferences) are kept apart and
-- encrypted at rest like provider settings ('gcm:<key id>:<nonce>:<ciphertext>', SealedReferenceConverter).
-- SQL cannot encrypt: existing ones move here as 'plain:<value>' and CredentialReferenceSealing
-- encrypts them at start-up once orderdesk.secret-key is set.
CREATE TABLE payment_credential_references (
    payment_id   UUID          NOT NULL REFERENCES payments (id),
    name         VARCHAR(64)   NOT NULL,
    sealed_value VARCHAR(2048) NOT NULL,
    PRIMARY KEY (payment_id, name)
);

INSERT INTO payment_credential_references (payment_id, name, sealed_value)
SELECT payment_id, name, 'plain:' || value FROM payment_references
WHERE lower(name) ~ '(pass|secret|token|key|password)';

DELETE FROM payment_references WHERE lower(name) ~ '(pass|secret|token|key|password)';
