package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 受注一覧, 受注詳細 / 受注編集 and the payment panel's actions, through the console's pages. */
class ConsoleOrderPagesIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    PaymentManagement payments;

    @Test
    void theListFiltersShowsBothStatusVocabulariesAndPages() throws Exception {
        String yamada = authorizedCardOrder("山田 太郎", "tok-list-1");
        String sato = authorizedCardOrder("佐藤 花子", "tok-list-2");

        String filtered = page("/console/orders?customerName=佐藤");
        assertThat(filtered).contains(sato).doesNotContain(yamada).contains("1 件中 1 件");
        assertThat(filtered).contains("仮売上").contains("（AUTH）");

        String firstPage = page("/console/orders?size=1");
        assertThat(firstPage).contains("2 件中 1 件").contains("page=1").contains("次のページ");
        assertThat(page("/console/orders?size=1&page=1")).contains(yamada).doesNotContain(sato);

        assertThat(page("/console/orders?paymentStatus=CAPTURED")).contains("0 件中 0 件");
        assertThat(page("/console/orders?reference=" + payments.current(yamada).providerOrderId())).contains(yamada).doesNotContain(sato);

        MockHttpServletResponse contradiction = send(get("/console/orders?placedFrom=2026-05-02&placedTo=2026-05-01"));
        assertThat(contradiction.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"err-placedFrom\"")
                .contains("受注日（から）が受注日（まで）より後");
    }

    @Test
    void theDetailShowsTotalsTaxPerRateThePaymentPanelAndTheTimeline() throws Exception {
        String number = authorizedCardOrder("山田 太郎", "tok-detail");

        String detail = page("/console/orders/" + number);

        assertThat(detail).contains("3,830円").contains("2,750円（内消費税 250円）").contains("1,080円（内消費税 80円）");
        assertThat(detail).contains("仮売上").contains("決済会社の状態: AUTH");
        assertThat(detail).contains("/console/orders/" + number + "/payment/capture");
        assertThat(detail).containsPattern("data-action=\"refund\">\\s*<th[^>]*>返金</th>\\s*<td class=\"disallowed\">できません: ");
        assertThat(detail).contains("変更履歴: 受注登録").contains("決済操作（1回目）: 仮売上");
        assertThat(page("/console/orders/OD-999999")).isNull();
    }

    @Test
    void anEditIsSavedAndAStaleOneIsRefusedWithoutLosingTheInput() throws Exception {
        String number = placeOrder("CARD", "山田 太郎");

        MockHttpServletResponse saved = send(edit(number, 0, "880"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/console/orders/" + number);
        assertThat(page("/console/orders/" + number)).contains("4,160円");

        MockHttpServletResponse stale = send(edit(number, 0, "990"));
        assertThat(stale.getStatus()).isEqualTo(409);
        String body = stale.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("他の担当者が変更しました").contains("最新の内容を読み込む").contains("value=\"990\"");
        assertThat(page("/console/orders/" + number)).contains("4,160円");
    }

    @Test
    void aProblemOfTheOrderApiShowsNextToItsField() throws Exception {
        String number = placeOrder("CARD", "山田 太郎");

        MockHttpServletResponse invalid = send(edit(number, 0, "550").param("customer.postalCode", "12-34"));

        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("id=\"err-customer.postalCode\">郵便番号は7桁で入力してください");
    }

    @Test
    void captureIsConfirmedThenCarriedOut() throws Exception {
        String number = authorizedCardOrder("山田 太郎", "tok-capture");

        String confirm = page("/console/orders/" + number + "/payment/capture");
        assertThat(confirm).contains("実売上の確認").contains("value=\"3830\"");
        assertThat(payments.current(number).status()).isEqualTo(PaymentStatus.AUTHORIZED);

        MockHttpServletResponse done = send(post("/console/orders/" + number + "/payment/capture").with(csrf()).param("amount", "3830"));

        assertThat(done.getRedirectedUrl()).isEqualTo("/console/orders/" + number);
        assertThat(payments.current(number).status()).isEqualTo(PaymentStatus.CAPTURED);
        awaitPaymentStatusOnOrder(number, "CAPTURED");
        assertThat(page("/console/orders?number=" + number)).contains("実売上");
    }

    @Test
    void anAmountChangeShowsThePlanBeforeAnythingChanges() throws Exception {
        String number = authorizedCardOrder("山田 太郎", "tok-change");

        String plan = send(post("/console/orders/" + number + "/payment/change-amount/plan").with(csrf()).param("amount", "3000"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(plan).contains("3,000円 への変更の手順").contains("この手順で金額を変更する");
        assertThat(payments.current(number).amount()).isEqualTo(3830);

        send(post("/console/orders/" + number + "/payment/change-amount").with(csrf()).param("amount", "3000"));
        PaymentDetails changed = payments.current(number);
        assertThat(changed.amount()).isEqualTo(3000);
    }

    @Test
    void aRefusedActionSaysWhyOnItsPage() throws Exception {
        String number = authorizedCardOrder("山田 太郎", "tok-refuse");

        MockHttpServletResponse refused = send(post("/console/orders/" + number + "/payment/refund").with(csrf()).param("amount", "100"));

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("返金の確認").contains("class=\"message error\"");
    }

    /** The edit form as the browser posts it, with only the shipping fee differing from the order. */
    private MockHttpServletRequestBuilder edit(String number, long version, String shippingFee) {
        MockHttpServletRequestBuilder form = post("/console/orders/" + number).with(csrf())
                .param("version", String.valueOf(version))
                .param("customer.name", "山田 太郎").param("customer.kana", "ヤマダ タロウ")
                .param("customer.email", "taro.yamada@example.jp").param("customer.phone", "03-1234-5678")
                .param("customer.mobilePhone", "090-1111-2222").param("customer.postalCode", "150-0001")
                .param("customer.prefecture", "東京都").param("customer.city", "渋谷区神宮前")
                .param("customer.address1", "1-2-3").param("customer.address2", "ヤマダビル 4F")
                .param("delivery.name", "山田 太郎").param("delivery.kana", "ヤマダ タロウ")
                .param("delivery.phone", "03-1234-5678").param("delivery.postalCode", "150-0001")
                .param("delivery.prefecture", "東京都").param("delivery.city", "渋谷区神宮前")
                .param("delivery.address1", "1-2-3").param("delivery.address2", "ヤマダビル 4F")
                .param("deliveryMethodCode", "YAMATO").param("paymentMethodCode", "CARD")
                .param("lines[0].productCode", "TEA-001").param("lines[0].productName", "Product TEA-001")
                .param("lines[0].unitPrice", "1100").param("lines[0].quantity", "2").param("lines[0].taxCategory", "STANDARD_10")
                .param("lines[1].productCode", "FOOD-001").param("lines[1].productName", "Product FOOD-001")
                .param("lines[1].unitPrice", "1080").param("lines[1].quantity", "1").param("lines[1].taxCategory", "REDUCED_8")
                .param("lines[2].productCode", "").param("lines[2].productName", "").param("lines[2].unitPrice", "")
                .param("lines[2].quantity", "").param("lines[2].taxCategory", "STANDARD_10")
                .param("shippingFee", shippingFee).param("paymentFee", "0").param("usedPoints", "0")
                .param("adjustment.amount", "0").param("adjustment.label", "").param("adjustment.taxCategory", "STANDARD_10")
                .param("customerNote", "");
        return form;
    }

    /** The page's HTML when it answered 200, null when 404. */
    private String page(String uri) throws Exception {
        MockHttpServletResponse response = send(get(uri));
        if (response.getStatus() == 404) {
            return null;
        }
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
    }
}
