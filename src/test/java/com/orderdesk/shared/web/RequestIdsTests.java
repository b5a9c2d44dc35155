package com.orderdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdsTests {

    private final RequestIds filter = new RequestIds();

    private String idSeenWhileHandling(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> seen.set(MDC.get(RequestIds.MDC_KEY)));
        return seen.get();
    }

    @Test
    void everyRequestGetsAnIdInTheLogContextAndTheAnswer() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String id = idSeenWhileHandling(new MockHttpServletRequest("GET", "/api/admin/orders"), response);

        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(id);
        assertThat(MDC.get(RequestIds.MDC_KEY)).as("not left for the thread's next request").isNull();
    }

    @Test
    void aCallersOwnIdIsKeptUnlessItIsUnfitForLogs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/store/checkout");
        request.addHeader("X-Request-Id", "shop-42.a_b");
        assertThat(idSeenWhileHandling(request, new MockHttpServletResponse())).isEqualTo("shop-42.a_b");

        MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/api/store/checkout");
        forged.addHeader("X-Request-Id", "x\nFAKE LOG LINE");
        assertThat(idSeenWhileHandling(forged, new MockHttpServletResponse())).matches("[0-9a-f-]{36}");
    }
}
