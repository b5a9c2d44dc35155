package com.orderdesk.integration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.orderdesk.integration.StoreOrder;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Sync for integrators: the store's orders changed since a time, in feed order, a page at a time.
 * The cursor is opaque to callers (base64url of the version, the time asked for and the feed
 * position); it stays valid forever, so an integrator resumes where it stopped, even after an empty
 * page, and sees every later change exactly once per position.
 */
@Service
public class StoreOrderSync {

    private static final String VERSION = "1";

    private final OrderChangeFeed feed;
    private final StoreOrders orders;

    StoreOrderSync(OrderChangeFeed feed, StoreOrders orders) {
        this.feed = feed;
        this.orders = orders;
    }

    /** One changed order; {@code cursor} resumes right after it. */
    public record SyncedOrder(String cursor, Instant changedAt, StoreOrder order) {
    }

    /**
     * @param nextCursor resumes after the last item (or where this page started, when it is empty)
     * @param hasMore whether more changes are already waiting; when false, poll again later with nextCursor
     */
    public record SyncPage(List<SyncedOrder> items, String nextCursor, boolean hasMore) {
    }

    /**
     * Exactly one of {@code updatedSince} and {@code cursor} must be given.
     *
     * @throws InvalidInput naming {@code updatedSince} or {@code cursor} when neither, both or a foreign cursor is given
     */
    public SyncPage page(UUID storeId, @Nullable Instant updatedSince, @Nullable String cursor, int limit) {
        if ((updatedSince == null) == (cursor == null)) {
            throw new InvalidInput(cursor == null ? "updatedSince" : "cursor",
                    "give either updatedSince (first page) or cursor (every later page), not both or neither");
        }
        Position from = cursor != null ? Position.decode(cursor) : new Position(updatedSince, 0);
        List<OrderChangeFeed.Entry> entries = feed.after(storeId, from.since(), from.position(), limit + 1);
        List<SyncedOrder> items = entries.stream().limit(limit)
                .map(entry -> new SyncedOrder(new Position(from.since(), entry.position()).encode(), entry.changedAt(),
                        orders.snapshot(entry.orderId()).order()))
                .toList();
        String next = items.isEmpty() ? from.encode() : items.getLast().cursor();
        return new SyncPage(items, next, entries.size() > limit);
    }

    private record Position(Instant since, long position) {

        String encode() {
            String plain = VERSION + "|" + since + "|" + position;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 3 || !VERSION.equals(parts[0])) {
                    throw new IllegalArgumentException("unknown cursor version");
                }
                return new Position(Instant.parse(parts[1]), Long.parseLong(parts[2]));
            } catch (IllegalArgumentException | DateTimeParseException ex) {
                throw new InvalidInput("cursor", "is not a cursor this API issued; start again with updatedSince");
            }
        }
    }
}
