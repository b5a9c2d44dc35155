package com.orderdesk.shared.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code idempotency_keys} table: claims a key, completes or releases the claim, and deletes
 * expired rows. Every call commits on its own (REQUIRES_NEW), so a claim is visible to every other
 * instance before the handler starts, and a handler's own transaction never includes it.
 */
final class IdempotencyKeyStore {

    /** The outcome of a claim: either this request now owns the key, or someone else's row is there. */
    sealed interface Claim permits Claimed, Taken {
    }

    /** This request owns the key; the token proves it when completing or releasing. */
    record Claimed(UUID id, UUID token) implements Claim {
    }

    /** An earlier request holds the key: still running, or finished with a response to replay. */
    record Taken(String fingerprint, boolean completed, @Nullable StoredResponse response) implements Claim {
    }

    /*
     * One atomic statement: insert a fresh claim, or take over an existing row only when it has
     * expired (any body), or when it is an IN_PROGRESS claim older than the in-progress timeout for
     * the same request (the instance that claimed it has most likely crashed). Under READ COMMITTED
     * a concurrent duplicate waits for the first insert and then finds the WHERE false, so exactly
     * one of them gets a row back. A stale claim with another body stays a 422: the key was used.
     */
    private static final String CLAIM = """
            INSERT INTO idempotency_keys (id, principal, request_method, request_path, idempotency_key, fingerprint,
                                          state, claim_token, claimed_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?)
            ON CONFLICT (principal, request_method, request_path, idempotency_key) DO UPDATE
               SET fingerprint = EXCLUDED.fingerprint, state = 'IN_PROGRESS', claim_token = EXCLUDED.claim_token,
                   claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at, completed_at = NULL,
                   response_status = NULL, content_type = NULL, location = NULL, etag = NULL, response_body = NULL
             WHERE idempotency_keys.expires_at <= EXCLUDED.claimed_at
                OR (idempotency_keys.state = 'IN_PROGRESS' AND idempotency_keys.claimed_at <= ?
                    AND idempotency_keys.fingerprint = EXCLUDED.fingerprint)
            RETURNING id""";

    private static final String EXISTING = """
            SELECT fingerprint, state, response_status, content_type, location, etag, response_body
              FROM idempotency_keys
             WHERE principal = ? AND request_method = ? AND request_path = ? AND idempotency_key = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotencyKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.properties = properties;
    }

    Claim claim(RequestScope scope, String fingerprint) {
        // The holder may release its claim (a 5xx) between our INSERT and SELECT; then simply try
        // again. Two rounds lost in a row means the key is being hammered: answer as in progress.
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Claim> claim = ownTransaction.execute(status -> tryClaim(scope, fingerprint));
            if (claim != null && claim.isPresent()) {
                return claim.get();
            }
        }
        return new Taken(fingerprint, false, null);
    }

    private Optional<Claim> tryClaim(RequestScope scope, String fingerprint) {
        Instant now = clock.instant();
        UUID token = UUID.randomUUID();
        List<UUID> claimed = jdbc.queryForList(CLAIM, UUID.class, UUID.randomUUID(), scope.principal(),
                scope.method(), scope.path(), scope.key(), fingerprint, token, ts(now),
                ts(now.plus(properties.retention())), ts(now.minus(properties.inProgressTimeout())));
        if (!claimed.isEmpty()) {
            return Optional.of(new Claimed(claimed.getFirst(), token));
        }
        return jdbc.query(EXISTING, (row, n) -> {
            boolean completed = "COMPLETED".equals(row.getString("state"));
            StoredResponse response = completed ? new StoredResponse(row.getInt("response_status"),
                    row.getString("content_type"), row.getString("location"), row.getString("etag"),
                    row.getBytes("response_body")) : null;
            return (Claim) new Taken(row.getString("fingerprint"), completed, response);
        }, scope.principal(), scope.method(), scope.path(), scope.key()).stream().findFirst();
    }

    /** Stores the final response; false when the claim was taken over in the meantime. */
    boolean complete(Claimed claim, StoredResponse response) {
        Integer updated = ownTransaction.execute(status -> jdbc.update("""
                UPDATE idempotency_keys
                   SET state = 'COMPLETED', completed_at = ?, response_status = ?, content_type = ?, location = ?,
                       etag = ?, response_body = ?
                 WHERE id = ? AND claim_token = ? AND state = 'IN_PROGRESS'""",
                ts(clock.instant()), response.status(), response.contentType(), response.location(),
                response.etag(), response.body(), claim.id(), claim.token()));
        return updated != null && updated == 1;
    }

    /** Gives the key back, so that the client's retry runs the request again. */
    void release(Claimed claim) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.update("DELETE FROM idempotency_keys WHERE id = ? AND claim_token = ?", claim.id(), claim.token()));
    }

    /**
     * Deletes up to one batch of expired rows and says how many. SKIP LOCKED lets several
     * instances clean at once without waiting for each other or for a claim that is taking over an
     * expired row; a row deleted twice is simply not there the second time.
     */
    int deleteExpiredBatch() {
        Integer deleted = ownTransaction.execute(status -> jdbc.update("""
                DELETE FROM idempotency_keys
                 WHERE id IN (SELECT id FROM idempotency_keys WHERE expires_at <= ?
                              ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)""",
                ts(clock.instant()), properties.cleanupBatchSize()));
        return deleted == null ? 0 : deleted;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
