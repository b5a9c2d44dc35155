package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/**
 * {@code orderdesk.sandbox.enabled=false}, as an instance facing the internet should run: no
 * simulator route answers (404 problem, like any unknown route) and the OpenAPI document has none.
 */
@IsolatedSettings // orderdesk.sandbox.enabled=false, in a context shared with other rare settings
class SandboxSwitchedOffIntegrationTests extends IntegrationTestSupport {

    @Test
    void noSimulatorRouteAnswersAndTheApiDocumentListsNone() {
        for (String route : new String[] {"/api/sandbox/gmo-pg/tds2/any", "/api/sandbox/dsk/select/20990101000001",
                "/api/sandbox/kuroneko-atobarai/orders/ANY"}) {
            Response answer = api.anonymous().get(route);
            assertThat(answer.status()).as(route).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(route).startsWith("application/problem+json");
        }
        assertThat(api.anonymous().post("/api/sandbox/paygent-paidy/merchant/review?finished=true", null).status())
                .isEqualTo(404);

        Response all = api.anonymous().get("/v3/api-docs");
        assertThat(all.status()).isEqualTo(200);
        java.util.List<String> paths = all.json().at("/paths").properties().stream().map(java.util.Map.Entry::getKey)
                .toList();
        assertThat(paths).isNotEmpty().noneMatch(path -> path.startsWith("/api/sandbox"));
        assertThat(api.anonymous().get("/v3/api-docs/sandbox").status()).as("no sandbox group").isEqualTo(404);
        assertThat(api.anonymous().get("/v3/api-docs/admin").status()).isEqualTo(200);
    }
}
