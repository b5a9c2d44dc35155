package com.orderdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Caller;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/store/orders?updatedSince=…: the store's changes a page at a time, resumable, under concurrent writes. */
class StoreOrderSyncIntegrationTests extends IntegrationTestSupport {

    private Caller storeA;
    private Caller storeB;
    private Instant start;

    @BeforeEach
    void twoStores() {
        start = Instant.now().minusSeconds(1);
        storeA = api.withApiKey(api.asAdmin().post("/api/admin/api-keys", Map.of("name", "store-a")).json().at("/key").asString());
        storeB = api.withApiKey(api.asAdmin().post("/api/admin/api-keys", Map.of("name", "store-b")).json().at("/key").asString());
    }

    @Test
    void pagesThroughOnlyItsOwnStoresOrdersAndResumesWithTheCursor() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(place(storeA));
        }
        place(storeB);
        awaitEventsDone();

        List<String> seen = new ArrayList<>();
        Response page = storeA.get("/api/store/orders?limit=2&updatedSince=" + start);
        List<Boolean> hasMore = new ArrayList<>();
        while (true) {
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.json().at("/items").forEach(item -> seen.add(item.at("/order/number").asString()));
            hasMore.add(page.json().at("/hasMore").asBoolean());
            if (!page.json().at("/hasMore").asBoolean()) {
                break;
            }
            page = storeA.get("/api/store/orders?limit=2&cursor=" + page.json().at("/nextCursor").asString());
        }
        // The feed is in order of each order's latest change, and placing an order changes it again
        // behind the request (its payment starts), so only the set is certain: every order once.
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mine);
        assertThat(hasMore).containsExactly(true, true, false);
        String cursor = page.json().at("/nextCursor").asString();
        assertThat(cursor).doesNotContain("OD-");

        assertThat(storeA.get("/api/store/orders?cursor=" + cursor).json().at("/items").isEmpty()).isTrue();
        api.asOperator().patch("/api/admin/orders/" + mine.get(1), Map.of("customerNote", "置き配希望"));
        awaitEventsDone();
        JsonNode resumed = storeA.get("/api/store/orders?cursor=" + cursor).json();
        assertThat(resumed.at("/items").size()).isEqualTo(1);
        assertThat(resumed.at("/items/0/order/number").asString()).isEqualTo(mine.get(1));
        assertThat(resumed.at("/hasMore").asBoolean()).isFalse();
    }

    @Test
    void ordersChangedBeforeUpdatedSinceAreLeftOut() {
        place(storeA);
        awaitEventsDone();
        Instant later = Instant.now().plusMillis(5);

        assertThat(storeA.get("/api/store/orders?updatedSince=" + later).json().at("/items").isEmpty()).isTrue();
    }

    @Test
    void noChangeIsMissedOrRepeatedAcrossPagesUnderConcurrentWrites() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            numbers.add(place(storeA));
        }
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writing.add(writers.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    String number = numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
                    Response edited = api.asOperator().patch("/api/admin/orders/" + number,
                            Map.of("customerNote", "writer " + writer + " edit " + i));
                    assertThat(edited.status()).isIn(200, 409, 412);
                }
            }));
        }

        List<JsonNode> received = new ArrayList<>();
        String cursor = null;
        boolean writersDone = false;
        while (true) {
            Response page = storeA.get(cursor == null ? "/api/store/orders?limit=3&updatedSince=" + start
                    : "/api/store/orders?limit=3&cursor=" + cursor);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.json().at("/items").forEach(received::add);
            cursor = page.json().at("/nextCursor").asString();
            if (!page.json().at("/hasMore").asBoolean()) {
                if (writersDone && page.json().at("/items").isEmpty()) {
                    break;
                }
                if (writing.stream().allMatch(Future::isDone)) {
                    awaitEventsDone();
                    writersDone = true;
                }
            }
        }
        for (Future<?> done : writing) {
            done.get();
        }
        writers.shutdown();

        Set<String> cursors = new HashSet<>();
        Map<String, JsonNode> lastSeen = new HashMap<>();
        for (JsonNode item : received) {
            assertThat(cursors.add(item.at("/cursor").asString())).as("a feed position was delivered twice").isTrue();
            lastSeen.put(item.at("/order/number").asString(), item);
        }
        assertThat(lastSeen.keySet()).containsExactlyInAnyOrderElementsOf(numbers);
        for (String number : numbers) {
            Instant finalChange = jdbc.queryForObject("""
                    SELECT c.changed_at FROM store_order_changes c JOIN orders o ON o.id = c.order_id
                    WHERE o.number = ?""", java.sql.Timestamp.class, number).toInstant();
            assertThat(Instant.parse(lastSeen.get(number).at("/changedAt").asString()))
                    .as("the last change of " + number + " was synced").isEqualTo(finalChange);
            String finalNote = jdbc.queryForObject("SELECT customer_note FROM orders WHERE number = ?", String.class, number);
            String syncedUpdate = lastSeen.get(number).at("/order/updatedAt").asString();
            Instant storedUpdate = jdbc.queryForObject("SELECT updated_at FROM orders WHERE number = ?",
                    java.sql.Timestamp.class, number).toInstant();
            assertThat(Instant.parse(syncedUpdate)).as(number + " synced with its final state (" + finalNote + ")")
                    .isEqualTo(storedUpdate);
        }
    }

    @Test
    void theFirstPageNeedsUpdatedSinceAndLaterOnesTheCursorAlone() {
        Response neither = storeA.get("/api/store/orders");
        Response foreign = storeA.get("/api/store/orders?cursor=bm90LWEtY3Vyc29y");

        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().at("/errors/0/field").asString()).isEqualTo("updatedSince");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().at("/errors/0/field").asString()).isEqualTo("cursor");
    }

    private String place(Caller store) {
        Response placed = store.post("/api/store/orders", TestOrders.order());
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    private void awaitEventsDone() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND (status IS NULL OR status NOT IN ('FAILED', 'COMPLETED'))", Long.class) == 0);
    }
}
