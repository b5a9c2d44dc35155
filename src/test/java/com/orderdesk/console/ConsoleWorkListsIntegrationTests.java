package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 受注登録, the bulk actions and the 決済 work lists, through the console's pages. */
class ConsoleWorkListsIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderManagement orders;

    @Autowired
    com.orderdesk.payment.PaymentMethodChoices payments;

    @Test
    void registrationOffersTheEnabledMethodsAndShowsProblemsByField() throws Exception {
        String form = body(send(get("/console/orders/new")));
        assertThat(form).contains("クレジットカード（GMO-PG）").contains("コンビニ払い（DSK）");

        MockHttpServletResponse invalid = send(post("/console/orders/new").with(csrf())
                .param("paymentMethodCode", "CVS").param("customer.name", "鈴木 一郎")
                .param("customer.email", "not-an-address").param("customer.phone", "03-5555-0101")
                .param("customer.postalCode", "100-0001").param("customer.prefecture", "東京都")
                .param("customer.city", "千代田区").param("customer.address1", "1-1")
                .param("lines[0].productCode", "TEA-001").param("lines[0].productName", "煎茶")
                .param("lines[0].unitPrice", "1080").param("lines[0].quantity", "0").param("lines[0].taxCategory", "REDUCED_8"));

        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(body(invalid)).contains("id=\"err-customer.email\"").contains("id=\"err-lines[0].quantity\"");
        assertThat(orders.search(new com.orderdesk.order.OrderSearchCriteria(null, null, null, java.util.Set.of(), null,
                null, null, null, null, null, null, null, null, null, null, false, 0, 20)).totalElements()).isZero();
    }

    @Test
    void registeringAnOrderStartsItsPaymentAndOpensItsPage() throws Exception {
        MockHttpServletResponse created = send(post("/console/orders/new").with(csrf())
                .param("paymentMethodCode", "CVS").param("deliveryMethodCode", "YAMATO").param("customer.name", "鈴木 一郎")
                .param("customer.email", "ichiro@example.jp").param("customer.phone", "03-5555-0101")
                .param("customer.postalCode", "100-0001").param("customer.prefecture", "東京都")
                .param("customer.city", "千代田区").param("customer.address1", "1-1")
                .param("lines[0].productCode", "TEA-001").param("lines[0].productName", "煎茶")
                .param("lines[0].unitPrice", "1080").param("lines[0].quantity", "2").param("lines[0].taxCategory", "REDUCED_8")
                .param("lines[1].productCode", "").param("lines[1].productName", "").param("lines[1].unitPrice", "")
                .param("lines[1].quantity", "").param("lines[1].taxCategory", "STANDARD_10")
                .param("shippingFee", "550"));

        assertThat(created.getRedirectedUrl()).startsWith("/console/orders/OD-");
        String number = created.getRedirectedUrl().substring("/console/orders/".length());
        assertThat(orders.find(number).totals().total()).isEqualTo(2710);
        assertThat(orders.find(number).paymentMethodCode()).isEqualTo("CVS");
        awaitPaymentStatusOnOrder(number, "PENDING");
    }

    @Test
    void registrationOffersTheActiveDeliveryMethods() throws Exception {
        String form = body(send(get("/console/orders/new")));

        assertThat(form).contains("id=\"delivery-method\"").contains("<option value=\"YAMATO\">宅急便（YAMATO）</option>");
    }

    @Test
    void registeringForAMemberWithAStoredCardAuthorizesWithThatCard() throws Exception {
        String member = member("鈴木 一郎", "ichiro@example.jp", "tok-console-stored");
        String search = body(send(get("/console/orders/new").param("q", "鈴木")));
        assertThat(search).contains("鈴木 一郎 で登録する").contains("customer=" + member);

        String form = body(send(get("/console/orders/new").param("customer", member)));
        assertThat(form).contains("会員 鈴木 一郎（ichiro@example.jp）の受注として登録します")
                .contains("value=\"ichiro@example.jp\"").contains("id=\"stored-cards\"");
        String cardId = payments.storedCards("CARD", java.util.UUID.fromString(member)).getFirst().cardId();

        MockHttpServletResponse created = send(post("/console/orders/new").with(csrf()).param("customerId", member)
                .param("paymentMethodCode", "CARD").param("storedCardId", cardId).param("deliveryMethodCode", "YAMATO")
                .param("customer.name", "鈴木 一郎").param("customer.email", "ichiro@example.jp")
                .param("customer.phone", "03-5555-0101").param("customer.postalCode", "100-0001")
                .param("customer.prefecture", "東京都").param("customer.city", "千代田区").param("customer.address1", "1-1")
                .param("lines[0].productCode", "TEA-001").param("lines[0].productName", "煎茶")
                .param("lines[0].unitPrice", "1080").param("lines[0].quantity", "2").param("lines[0].taxCategory", "REDUCED_8"));

        String number = created.getRedirectedUrl().substring("/console/orders/".length());
        assertThat(orders.find(number).customerId()).hasToString(member);
        assertThat(orders.find(number).deliveryMethodCode()).isEqualTo("YAMATO");
        awaitPaymentStatusOnOrder(number, "AUTHORIZED");
    }

    @Test
    void aCardThatIsNotTheMembersIsRefusedNextToTheCardChoice() throws Exception {
        String member = member("鈴木 一郎", "ichiro@example.jp", null);

        MockHttpServletResponse refused = send(post("/console/orders/new").with(csrf()).param("customerId", member)
                .param("paymentMethodCode", "CARD").param("storedCardId", "someone-elses-card")
                .param("customer.name", "鈴木 一郎").param("customer.email", "ichiro@example.jp")
                .param("customer.phone", "03-5555-0101").param("customer.postalCode", "100-0001")
                .param("customer.prefecture", "東京都").param("customer.city", "千代田区").param("customer.address1", "1-1")
                .param("lines[0].productCode", "TEA-001").param("lines[0].productName", "煎茶")
                .param("lines[0].unitPrice", "1080").param("lines[0].quantity", "2").param("lines[0].taxCategory", "REDUCED_8"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"err-storedCardId\"");
        assertThat(orders.search(new com.orderdesk.order.OrderSearchCriteria(null, null, null, java.util.Set.of(), null,
                null, null, null, null, null, null, null, null, null, null, false, 0, 20)).totalElements()).isZero();
    }

    @Test
    void bulkStatusChangeReportsEachOrder() throws Exception {
        String first = placeOrder("CARD", "山田 太郎");
        String second = placeOrder("CARD", "佐藤 花子");
        orders.changeStatus(second, OrderStatus.CANCELLED);

        MockHttpServletResponse started = send(post("/console/orders/bulk").with(csrf()).param("action", "status")
                .param("status", "PROCESSING").param("numbers", first, second));
        String jobUrl = started.getRedirectedUrl();
        assertThat(jobUrl).startsWith("/console/jobs/");
        String running = body(send(get(jobUrl)));
        assertThat(running).contains("<h1>一括ステータス変更</h1>").contains("id=\"progress-text\"").contains("<progress");

        String results = completedJobPage(jobUrl, url -> body(send(get(url))));

        assertThat(results).contains("完了: 2 / 2 件（成功 1 件、失敗 1 件）").contains("id=\"results-csv\"");
        String firstRow = results.substring(results.indexOf("data-order=\"" + first + "\""));
        assertThat(firstRow.substring(0, firstRow.indexOf("</tr>"))).contains("result-succeeded").contains("対応中");
        String secondRow = results.substring(results.indexOf("data-order=\"" + second + "\""));
        assertThat(secondRow.substring(0, secondRow.indexOf("</tr>"))).contains("result-failed").contains("失敗");
        MockHttpServletResponse csv = send(get(jobUrl + ".csv"));
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(body(csv)).contains(first + ",SUCCEEDED,PROCESSING").contains(second + ",FAILED");
        assertThat(orders.find(first).status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(orders.find(second).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void bulkShippedShowsEachOrdersPaymentWarningBesideItsResult() throws Exception {
        com.orderdesk.support.TestApi.Response method = api.asAdmin().post("/api/admin/payment-methods",
                java.util.Map.of("code", "CVS-WARN", "name", "コンビニ払い（後払い発送）", "provider", "DSK",
                        "captureImmediately", false, "options", java.util.Map.of("shipBeforePayment", "warn")));
        assertThat(method.status()).as(method.text()).isEqualTo(201);
        String unpaid = placeOrder("CVS-WARN", "山田 太郎");
        String noPayment = placeOrder(null, "佐藤 花子");
        awaitPaymentStatusOnOrder(unpaid, "PENDING");

        String jobUrl = send(post("/console/orders/bulk").with(csrf()).param("action", "status")
                .param("status", "SHIPPED").param("numbers", unpaid, noPayment)).getRedirectedUrl();
        String results = completedJobPage(jobUrl, url -> body(send(get(url))));

        assertThat(results).contains("完了: 2 / 2 件（成功 2 件、失敗 0 件）")
                .contains("1 件は処理しましたが、注意事項があります");
        String unpaidRow = results.substring(results.indexOf("data-order=\"" + unpaid + "\""));
        assertThat(unpaidRow.substring(0, unpaidRow.indexOf("</tr>"))).contains("class=\"result-warning\"")
                .contains("shipped before payment").contains("PENDING");
        String otherRow = results.substring(results.indexOf("data-order=\"" + noPayment + "\""));
        assertThat(otherRow.substring(0, otherRow.indexOf("</tr>"))).doesNotContain("result-warning");
    }

    @Test
    void bulkWithoutASelectionSaysSo() throws Exception {
        MockHttpServletResponse none = send(post("/console/orders/bulk").with(csrf()).param("action", "capture"));

        assertThat(none.getRedirectedUrl()).isEqualTo("/console/orders");
        assertThat(none.getStatus()).isEqualTo(302);
    }

    @Test
    void thePaymentsPageListsWhatWaitsForCaptureAndTheInbox() throws Exception {
        String number = authorizedCardOrder("山田 太郎", "tok-worklist");

        String page = body(send(get("/console/payments")));

        assertThat(page).contains("実売上待ち（未処理一覧）").containsPattern("data-order=\"" + number + "\"");
        assertThat(page).contains("決済通知（Webhook 受信箱）").contains("該当する通知はありません");
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
    }
}
