package com.orderdesk.shared.idempotency;

import java.io.IOException;

import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.StoreCaller;
import com.orderdesk.shared.idempotency.IdempotencyKeyStore.Claimed;
import com.orderdesk.shared.idempotency.IdempotencyKeyStore.Taken;
import com.orderdesk.shared.idempotency.RequestFingerprinter.BodyTooLarge;
import com.orderdesk.shared.idempotency.RequestFingerprinter.Fingerprinted;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@value #HEADER} on POSTs under {@code /api/admin/**} and {@code /api/store/**}: the
 * first request with a key runs and its response is stored; a retry with the same body gets that
 * response again (marked {@value StoredResponse#REPLAYED_HEADER}) without the handler running, so
 * no second order or provider call; the same key with another body is a 422, and a retry while
 * the first is still running a 409. Requests without the header pass untouched.
 *
 * <p>Runs after Spring Security's filter chain, so the key is scoped to the authenticated
 * principal, and requests that security refuses never claim a key. The state lives only in
 * PostgreSQL, so any instance behind the load balancer can answer the retry. Asynchronous
 * handlers are not supported (the application has none): their response is written after this
 * filter returns and could not be captured.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;
    static final int MAX_PATH_LENGTH = 1024;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeyStore store;
    private final RequestFingerprinter fingerprinter;
    private final IdempotencyProblems problems;
    private final long maxBodyBytes;
    private final Runnable onReplay;

    IdempotencyFilter(IdempotencyKeyStore store, IdempotencyProblems problems, long maxBodyBytes) {
        this(store, problems, maxBodyBytes, () -> { });
    }

    /** {@code onReplay} counts answers given again from the store (the {@code orderdesk.idempotency.replays} metric). */
    IdempotencyFilter(IdempotencyKeyStore store, IdempotencyProblems problems, long maxBodyBytes, Runnable onReplay) {
        this.onReplay = onReplay;
        this.store = store;
        this.fingerprinter = new RequestFingerprinter(maxBodyBytes);
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !(path.startsWith("/api/admin/") || path.startsWith("/api/store/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!isValidKey(key)) {
            problems.invalidKey(response);
            return;
        }
        String principal = CurrentActor.name();
        if (CurrentActor.SYSTEM.equals(principal)) {
            // Nobody to scope the key to (security lets no anonymous POST through today); sharing
            // one scope between all anonymous callers would let them see each other's responses.
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        if (path.length() > MAX_PATH_LENGTH) {
            problems.pathTooLong(response);
            return;
        }
        Fingerprinted fingerprinted;
        try {
            fingerprinted = fingerprinter.fingerprint(request);
        } catch (BodyTooLarge ex) {
            problems.bodyTooLarge(response, maxBodyBytes);
            return;
        }
        RequestScope scope = new RequestScope(scopeOf(principal), request.getMethod(), path, key);
        switch (store.claim(scope, fingerprinted.fingerprint())) {
            case Claimed claimed -> proceed(fingerprinted.request(), response, chain, claimed);
            case Taken taken when !taken.fingerprint().equals(fingerprinted.fingerprint()) -> problems.keyReused(response);
            case Taken taken when !taken.completed() || taken.response() == null -> problems.stillInProgress(response);
            case Taken taken -> {
                onReplay.run();
                taken.response().replayTo(response);
            }
        }
    }

    private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Claimed claim)
            throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException | Error ex) {
            // The container turns this into a 500: transient as far as the client can tell.
            releaseQuietly(claim);
            throw ex;
        }
        try {
            StoredResponse result = StoredResponse.of(captured);
            if (!result.worthKeeping() || StoredResponse.forbidsStorage(captured)) {
                store.release(claim);
            } else if (!store.complete(claim, result)) {
                log.warn("Idempotency claim {} was taken over after the in-progress timeout; its response is not "
                        + "stored (raise orderdesk.idempotency.in-progress-timeout if requests run this long)", claim.id());
            }
        } catch (DataAccessException ex) {
            // The handler's work is done and committed: the client must still get its answer. The
            // claim stays IN_PROGRESS and becomes re-claimable after the in-progress timeout.
            log.error("Could not record the response of idempotency claim {}", claim.id(), ex);
        } finally {
            captured.copyBodyToResponse();
        }
    }

    private void releaseQuietly(Claimed claim) {
        try {
            store.release(claim);
        } catch (DataAccessException ex) {
            log.error("Could not release idempotency claim {}; it becomes re-claimable after the in-progress timeout",
                    claim.id(), ex);
        }
    }

    /** 1 to 255 printable ASCII characters (space to tilde), as in the IETF Idempotency-Key draft's examples. */
    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Whose keys these are: an API key by its id (a new key that reuses a revoked key's name must not
     * see that key's stored responses), an operator by user name.
     */
    private static String scopeOf(String principal) {
        return StoreCaller.current().map(caller -> "api-key-id:" + caller.keyId()).orElse(principal);
    }
}
