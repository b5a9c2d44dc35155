package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.PaymentManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** 決済: the 要確認 list with its reasons and the resolve action, through the console's pages. */
class ConsolePaymentsIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    PaymentManagement payments;

    @Test
    void aFlaggedPaymentIsListedWithItsReasonAndResolvedWithTheOperatorsReason() throws Exception {
        String number = flaggedConvenienceOrder("鈴木 一郎");
        UUID paymentId = payments.current(number).id();

        String page = body(send(get("/console/payments")));
        assertThat(page).contains("要確認の決済").contains("data-order=\"" + number + "\"")
                .contains("決済の終了後も受注が有効").doesNotContain("解除するまで実売上・取消・返金はできません")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(payments.current(number).attentionReason()));

        MockHttpServletResponse resolved = send(post("/console/payments/attention/" + paymentId + "/resolve")
                .with(csrf()).param("reason", "DSK に入金取消を確認、再請求しない"));

        assertThat(resolved.getRedirectedUrl()).isEqualTo("/console/payments");
        assertThat(payments.current(number).needsAttention()).isFalse();
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").text())
                .contains("要確認 解除 by " + OPERATOR + ": DSK に入金取消を確認、再請求しない");
        assertThat(body(send(get("/console/payments")))).doesNotContain("data-order=\"" + number + "\"")
                .contains("要確認の決済はありません");
    }

    @Test
    void theOrderListsNeedsAttentionFilterFollowsThePaymentsFlagUntilItIsResolved() throws Exception {
        String flagged = flaggedConvenienceOrder("鈴木 一郎");
        String calm = placeOrder("CVS", "佐藤 花子");
        awaitPaymentStatusOnOrder(calm, "PENDING");
        UUID paymentId = payments.current(flagged).id();

        await().atMost(Duration.ofSeconds(15)).until(() -> numbers(api.asOperator()
                .get("/api/admin/orders?needsAttention=true&size=200").json()).contains(flagged));
        assertThat(numbers(api.asOperator().get("/api/admin/orders?needsAttention=true&size=200").json()))
                .doesNotContain(calm);
        assertThat(numbers(api.asOperator().get("/api/admin/orders?size=200").json())).contains(flagged, calm);
        String list = body(send(get("/console/orders").param("needsAttention", "true").param("size", "200")));
        assertThat(list).contains("data-order=\"" + flagged + "\"").doesNotContain("data-order=\"" + calm + "\"")
                .contains("name=\"needsAttention\" value=\"true\" checked=\"checked\"");

        send(post("/console/payments/attention/" + paymentId + "/resolve").with(csrf())
                .param("reason", "DSK に入金取消を確認、再請求しない"));

        await().atMost(Duration.ofSeconds(15)).until(() -> !numbers(api.asOperator()
                .get("/api/admin/orders?needsAttention=true&size=200").json()).contains(flagged));
        assertThat(body(send(get("/console/orders").param("needsAttention", "true").param("size", "200"))))
                .doesNotContain("data-order=\"" + flagged + "\"");
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.at("/items").forEach(item -> numbers.add(item.at("/number").asString()));
        return numbers;
    }

    @Test
    void resolvingWithoutAReasonIsRefusedNextToThatPaymentsReasonBox() throws Exception {
        String number = flaggedConvenienceOrder("鈴木 一郎");
        UUID paymentId = payments.current(number).id();

        MockHttpServletResponse refused = send(post("/console/payments/attention/" + paymentId + "/resolve")
                .with(csrf()).param("reason", " "));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"err-reason\"").contains("aria-invalid=\"true\"");
        assertThat(payments.current(number).needsAttention()).isTrue();
    }

    @Test
    void resolvingNeedsTheCsrfToken() throws Exception {
        String number = flaggedConvenienceOrder("鈴木 一郎");
        UUID paymentId = payments.current(number).id();

        MockHttpServletResponse forged = send(post("/console/payments/attention/" + paymentId + "/resolve")
                .param("reason", "ok"));

        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(payments.current(number).needsAttention()).isTrue();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
    }
}
