package com.orderdesk.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

class OrderAdminApiIntegrationTests extends IntegrationTestSupport {

    @Test
    void registersAnOrderWithComputedTotals() {
        Response created = api.asOperator().post("/api/admin/orders", TestOrders.order());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/number").asString()).matches("OD-\\d{6}");
        assertThat(created.json().at("/totals/total").asLong()).isEqualTo(3830);
        assertThat(created.json().at("/status").asString()).isEqualTo("NEW");
        assertThat(created.header("ETag")).isEqualTo("\"" + created.json().at("/version").asLong() + "\"");
    }
}
