package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.orderdesk.payment.PaymentManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
                .contains("決済会社の管理画面での操作").contains("解除するまで実売上・取消・返金はできません")
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
