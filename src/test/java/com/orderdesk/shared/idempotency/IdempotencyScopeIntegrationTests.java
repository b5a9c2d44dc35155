package com.orderdesk.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/** Idempotency records belong to the API key by id: a new key reusing a revoked key's name starts afresh. */
class IdempotencyScopeIntegrationTests extends IntegrationTestSupport {

    @Test
    void aNewKeyWithARevokedKeysNameDoesNotInheritItsIdempotencyRecords() {
        Response first = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "shop"));
        Map<String, Object> customer = Map.of("name", "山田 太郎", "email", "taro@example.jp");
        Response created = api.withApiKey(first.json().at("/key").asString()).post("/api/store/customers", customer,
                "Idempotency-Key", "same-key-1");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(api.asAdmin().delete("/api/admin/api-keys/" + first.json().at("/id").asString()).status())
                .isIn(200, 204);

        Response second = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "shop"));
        // Another body under the same key: scoped by the key's name it would be refused (422) as a reuse.
        Response again = api.withApiKey(second.json().at("/key").asString()).post("/api/store/customers",
                Map.of("name", "山田 花子", "email", "hanako@example.jp"), "Idempotency-Key", "same-key-1");

        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.json().at("/id").asString()).isNotEqualTo(created.json().at("/id").asString());
        assertThat(jdbc.queryForList("SELECT DISTINCT principal FROM idempotency_keys", String.class)).hasSize(2)
                .allSatisfy(principal -> assertThat(principal).startsWith("api-key-id:"));
    }
}
