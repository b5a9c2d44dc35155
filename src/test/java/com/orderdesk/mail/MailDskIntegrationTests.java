package com.orderdesk.mail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.dsk.DskWireMock;
import com.orderdesk.support.TestApi.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * DSK's mails end to end with the real DSK adapter (DSK on WireMock): the 注文受付 mail carries the
 * payment-method-selection URL, the method's mail title and text on the line after it (the CraftCart
 * manual's otherTitle / otherItemValue) and the payment deadline, once DSK answered the registration;
 * DSK's paid notice sends the 入金確認 mail.
 */
class MailDskIntegrationTests extends MailIntegrationTestSupport {

    private static final Charset SJIS = Charset.forName("Windows-31J");
    private static final String TENANT = "T000555";
    private static final DskWireMock wireMock = new DskWireMock();
    private static final WireMockServer dsk = wireMock.server();

    @Autowired
    private MockMvc mvc;

    @BeforeAll
    static void startDsk() {
        wireMock.start();
    }

    @AfterAll
    static void stopDsk() {
        wireMock.stop();
    }

    @BeforeEach
    void dskSettingsAndMethod() {
        wireMock.configure(api, TENANT, "DSK", Map.of("paymentDeadlineDays", "5"), Map.of("name", "コンビニ払い",
                "emailTitle", "コンビニ・ペイジー払い (DSK)",
                "emailText", "上記URLからお支払い方法をお選びのうえ、期限までにお支払いください。"));
    }

    /** 2026-12-05 as the mail writes it: 2026年12月5日. */
    private static String japaneseDate(String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Test
    void theOrderReceivedMailCarriesTheSelectionUrlAndTheMethodsTextAndThePaidNoticeSendsTheConfirmation() throws Exception {
        String url = "https://kessai.example/select?dskid=20261129000001&sig=a=b";
        dsk.stubFor(post(urlEqualTo("/paperless/order")).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain; charset=Shift_JIS")
                .withBody(("result=0&dskid=20261129000001&url=" + url + "&message=").getBytes(SJIS))));
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", "DSK");
        String number = api.asOperator().post("/api/admin/orders", order).json().at("/number").asString();

        JsonNode logged = awaitMail(number, "ORDER_RECEIVED");

        assertThat(logged.at("/status").asString()).isEqualTo("SENT");
        assertThat(logged.at("/note").isNull() || logged.at("/note").isMissingNode()).as(logged.toString()).isTrue();
        MimeMessage mail = receivedBy("taro.yamada@example.jp").get(0);
        assertThat(text(mail)).contains("■お支払い方法: コンビニ払い\n【コンビニ・ペイジー払い (DSK)】\nお支払い方法選択ページ:\n" + url
                + "\n上記URLからお支払い方法をお選びのうえ、期限までにお支払いください。\nお支払い期限: "
                + japaneseDate(paymentsOf(number).get(0).at("/nextAction/expiresOn").asString()) + "\n");

        int answer = DskWireMock.notice(mvc, DskWireMock.noticeBody(number + "-1", "20261129000001", 3830, "1",
                "20261130101500")).getStatus();
        assertThat(answer).isEqualTo(200);

        JsonNode paid = awaitMail(number, "PAYMENT_RECEIVED");
        assertThat(paid.at("/status").asString()).isEqualTo("SENT");
        assertThat(paid.at("/body").asString()).contains("■お支払い方法: コンビニ払い", "■ご入金額: 3,830円");
    }

    /** The shopper paid, though not the billed amount (金額不一致): the payment's arrival is confirmed once. */
    @Test
    void aPaymentOfAnotherAmountIsConfirmedOnceWithWhatWasPaid() throws Exception {
        dsk.stubFor(post(urlEqualTo("/paperless/order")).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain; charset=Shift_JIS")
                .withBody("result=0&dskid=20261129000002&url=https://kessai.example/select?dskid=20261129000002&message="
                        .getBytes(SJIS))));
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", "DSK");
        String number = api.asOperator().post("/api/admin/orders", order).json().at("/number").asString();
        awaitMail(number, "ORDER_RECEIVED");

        DskWireMock.notice(mvc, DskWireMock.noticeBody(number + "-1", "20261129000002", 3000, "1", "20261130101500"));

        JsonNode paid = awaitMail(number, "PAYMENT_RECEIVED");
        assertThat(paid.at("/body").asString()).contains("■ご入金額: 3,000円");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("AMOUNT_MISMATCH");
        assertThat(mailsOf(number).valueStream().filter(mail -> mail.at("/templateCode").asString()
                .equals("PAYMENT_RECEIVED"))).hasSize(1);
    }
}
