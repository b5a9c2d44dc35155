package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.paygent.wire.NoticeHash;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Paidy through Paygent end to end through the REST API on PostgreSQL ({@link PaygentScenarioSupport}).
 */
class PaygentScenarioIntegrationTests extends PaygentScenarioSupport {

    @Test
    void checkoutHandsOutPaidyCheckoutAndTheCompletionTakesOverThePayIdWith343() {
        JsonNode placed = checkout(AUTH_ONLY);
        String number = placed.at("/order/number").asString();

        assertThat(placed.at("/payment/status").asString()).isEqualTo("PENDING");
        assertThat(placed.at("/payment/nextAction/type").asString()).isEqualTo("PROVIDER_CHECKOUT");
        assertThat(placed.at("/payment/nextAction/data/publicKey").asString()).isEqualTo("pk_test_e2e");
        assertThat(placed.at("/payment/nextAction/data/checkoutPayload").asString()).contains("\"amount\":3830")
                .contains("\"order_ref\":\"" + number + "-1\"").contains("サンプル商会");
        assertThat(paygent.getAllServeEvents()).as("nothing is sent before the shopper authorizes at Paidy").isEmpty();

        replies("343", "result=0", "payment_id=90001200319000012018", "payment_amount=3830", "currency=JPY",
                "paidy_payment_id=pay_Y0_VeqUAFsRjca");
        Response completed = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_Y0_VeqUAFsRjca")));

        assertThat(completed.status()).as(completed.text()).isEqualTo(200);
        assertThat(completed.json().at("/status").asString()).isEqualTo("AUTHORIZED");
        JsonNode payment = payment(number);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("オーソリOK");
        assertThat(payment.at("/references/paymentId").asString()).isEqualTo("90001200319000012018");
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=343"))
                .withRequestBody(containing("paidy_payment_id=pay_Y0_VeqUAFsRjca")));
        for (String reference : new String[] {"pay_Y0_VeqUAFsRjca", "90001200319000012018"}) {
            JsonNode found = api.asOperator().get("/api/admin/orders?reference=" + reference).json().at("/items");
            assertThat(found).as("the order list finds the order by " + reference).hasSize(1);
            assertThat(found.get(0).at("/number").asString()).isEqualTo(number);
        }
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").text())
                .doesNotContain("connect-secret");
    }

    @Test
    void aClosedCheckoutLeavesThePaymentPendingWithTheReason() {
        String number = checkout(AUTH_ONLY).at("/order/number").asString();

        Response closed = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyCheckoutStatus", "closed")));

        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.json().at("/status").asString()).isEqualTo("PENDING");
        assertThat(closed.json().at("/nextAction/type").asString()).isEqualTo("PROVIDER_CHECKOUT");
        assertThat(payment(number).at("/providerStatus").asString()).contains("closed");
    }

    @Test
    void aPayIdBoundToAnotherOrderIsRefused() {
        String number = checkout(AUTH_ONLY).at("/order/number").asString();
        replies("343", "result=1", "response_code=90102", "response_detail=bound");

        Response refused = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_someone_elses")));

        assertThat(refused.json().at("/status").asString()).as(refused.text()).isNotEqualTo("AUTHORIZED");
        assertThat(refused.json().at("/declineMessage").asString()).contains("already bound to another order");
    }

    @Test
    void aLandlineAloneIsRefusedNamingTheMobileFieldAndAMobileInThePhoneFieldIsEnough() {
        Response noMobile = store.post("/api/store/checkout", withPhones(null, "03-1234-5678"));
        assertThat(noMobile.status()).as(noMobile.text()).isEqualTo(422);
        assertThat(noMobile.json().at("/errors/0/field").asString()).isEqualTo("customer.mobilePhone");
        assertThat(noMobile.json().at("/errors/0/message").asString()).contains("SMS");

        Response landlineAsMobile = store.post("/api/store/checkout", withPhones("0570-666-370", "03-1234-5678"));
        assertThat(landlineAsMobile.status()).as(landlineAsMobile.text()).isEqualTo(422);
        assertThat(landlineAsMobile.json().at("/errors/0/message").asString()).contains("must be a mobile number");

        Response mobileAsPhone = store.post("/api/store/checkout", withPhones(null, "090-5555-6666"));
        assertThat(mobileAsPhone.status()).as(mobileAsPhone.text()).isEqualTo(201);
        assertThat(mobileAsPhone.json().at("/payment/nextAction/data/checkoutPayload").asString())
                .as("the phone field goes to Paidy when there is no mobile (manual 3-7)").contains("090-5555-6666");
    }

    private static Map<String, Object> withPhones(String mobile, String phone) {
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", AUTH_ONLY);
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) body.get("customer");
        customer.remove("mobilePhone");
        if (mobile != null) {
            customer.put("mobilePhone", mobile);
        }
        customer.put("phone", phone);
        return body;
    }

    @Test
    void captureThenRepeatedPartialRefundsThenTheRestWithoutCancellingTheOrder() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");
        replies("342", "result=0");

        Response captured = api.asOperator().post(commandUri(number, "capture"), Map.of());
        assertThat(captured.status()).as(captured.text()).isEqualTo(200);
        assertThat(payment(number).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment(number).at("/providerStatus").asString()).isEqualTo("消込済");

        Response first = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 1000));
        Response second = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 830));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(payment(number).at("/status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342"))
                .withRequestBody(containing("amount=1000")));
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342"))
                .withRequestBody(containing("amount=830")));

        Response tooMuch = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 2001));
        assertThat(tooMuch.status()).as("more than the refundable remainder").isEqualTo(409);

        Response rest = api.asOperator().post(commandUri(number, "refund"), Map.of());
        assertThat(rest.status()).as(rest.text()).isEqualTo(200);
        assertThat(payment(number).at("/status").asString()).isEqualTo("REFUNDED");
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("amount=2000")));
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString())
                .as("a full refund does not cancel the order").isNotEqualTo("CANCELLED");
    }

    @Test
    void capturesOnlyTheFullAmountAndOnlyWithinNinetyJapaneseDays() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");

        Response partial = api.asOperator().post(commandUri(number, "capture"), Map.of("amount", 1000));
        assertThat(partial.status()).isEqualTo(409);
        assertThat(partial.text()).contains("full authorized amount");

        clock.advance(Duration.ofDays(91));
        Response late = api.asOperator().post(commandUri(number, "capture"), Map.of());
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.text()).contains("90 days");
        paygent.verify(0, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=341")));
    }

    /**
     * Manual 7-6 / 10-5: 売上確定後 90 日間を「目安に」返金が可能ですが、返金できないときには、ボタンをクリックした先で
     * エラーになります. The window is advisory, so Paygent decides past it: OrderDesk sends 342 anyway, shows
     * Paygent's refusal as a problem, and when Paygent still refunds it answers with a warning kept in the history.
     */
    @Test
    void refundsAfterTheNinetyDaysFromCaptureAreWarnedAndPaygentDecides() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");
        replies("342", "result=0");
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(200);
        Instant capturedAt = Instant.parse(payment(number).at("/capturedAt").asString());
        Instant windowEnd = ShopTime.dateOf(capturedAt).plusDays(90).atStartOfDay(ShopTime.ZONE).toInstant();

        clock.travelTo(windowEnd.minus(Duration.ofMinutes(1)));
        Response lastDay = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 1000));
        assertThat(lastDay.status()).as(lastDay.text()).isEqualTo(200);
        assertThat(lastDay.json().at("/warnings")).as("the 90th Japan day after the capture is inside").isEmpty();

        clock.travelTo(windowEnd.plus(Duration.ofMinutes(1)));
        replies("342", "result=1", "response_code=90203", "response_detail=period");
        Response refused = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 500));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.text()).contains("90-day period after the capture").contains("90203");
        assertThat(payment(number).at("/refundableAmount").asLong()).as("nothing refunded").isEqualTo(2830);

        replies("342", "result=0");
        Response late = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 500));
        assertThat(late.status()).as(late.text()).isEqualTo(200);
        assertThat(late.json().at("/warnings/0").asString()).contains("within 90 days of the capture")
                .contains("sent anyway");
        assertThat(payment(number).at("/refundableAmount").asLong()).isEqualTo(2330);
        assertThat(historyOf(number)).as("manual 7-3 / 7-5: each telegram in the history")
                .anyMatch(entry -> entry.contains("返金期限超過の警告"))
                .anyMatch(entry -> entry.contains("実売上 3,830円") && entry.endsWith("成功"))
                .anyMatch(entry -> entry.contains("返金 1,000円") && entry.endsWith("成功"))
                .anyMatch(entry -> entry.contains("返金 500円") && entry.contains("拒否") && entry.contains("90203"));
        paygent.verify(3, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342")));
    }

    /** Manual 3-4 ⑧ 支払方法名称: あと払い (ペイディ) で固定表示されます。※変更できません. */
    @Test
    void thePaidyMethodCarriesTheManualsFixedNameAndNoOther() {
        Map<String, Object> unnamed = new LinkedHashMap<>(Map.of("code", "PAIDY-FIXED", "provider", "PAYGENT_PAIDY"));
        Response created = api.asAdmin().post("/api/admin/payment-methods", unnamed);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().at("/name").asString()).as("left empty, it takes the manual's name")
                .isEqualTo("あと払い(ペイディ)");

        String uri = "/api/admin/payment-methods/PAIDY-FIXED";
        Map<String, Object> spelled = new LinkedHashMap<>(unnamed);
        spelled.put("name", "あと払い （ペイディ）");
        Response wide = api.asAdmin().put(uri, spelled);
        assertThat(wide.status()).as(wide.text()).isEqualTo(200);
        assertThat(wide.json().at("/name").asString()).as("the manual's own spellings are stored canonically")
                .isEqualTo("あと払い(ペイディ)");

        Map<String, Object> renamed = new LinkedHashMap<>(unnamed);
        renamed.put("name", "Paidy 後払い");
        Response refused = api.asAdmin().put(uri, renamed);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("name");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("あと払い(ペイディ)").contains("3-4 ⑧");
        renamed.put("code", "PAIDY-OTHER");
        assertThat(api.asAdmin().post("/api/admin/payment-methods", renamed).status()).isEqualTo(400);

        JsonNode listed = store.get("/api/store/payment-methods?deliveryMethod=YAMATO&amount=3830").json();
        assertThat(listed.valueStream().filter(method -> method.at("/code").asString().startsWith("PAIDY"))
                .map(method -> method.at("/name").asString())).as("what the shopper sees").isNotEmpty()
                .allMatch("あと払い(ペイディ)"::equals);

        Map<String, Object> otherProvider = new LinkedHashMap<>(scriptedMethod("KAKE-UNNAMED", false));
        otherProvider.remove("name");
        Response nameless = api.asAdmin().post("/api/admin/payment-methods", otherProvider);
        assertThat(nameless.status()).as("a provider without a fixed name still needs one").isEqualTo(400);
        assertThat(nameless.json().at("/errors/0/field").asString()).isEqualTo("name");
    }

    /**
     * Manual 7-補足①: 後払い決済のため、購入者情報の編集ボタンをクリックした先の操作はくれぐれもご注意ください. Paidy keeps
     * billing the buyer who authorized, so changing the buyer of an authorized order needs the operator's
     * confirmation; other edits, and the buyer of a payment not yet authorized, do not.
     */
    @Test
    void changingTheBuyerOfAnAuthorizedPaidyOrderNeedsConfirmationAndIsKeptInTheHistory() {
        String number = authorized(AUTH_ONLY);
        String uri = "/api/admin/orders/" + number;
        Map<String, Object> otherBuyer = TestOrders.customer();
        otherBuyer.put("name", "鈴木 花子");

        Response refused = api.asOperator().patch(uri, Map.of("customer", otherBuyer));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().at("/type").asString()).endsWith("buyer-change-needs-confirmation");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("buyerChangeConfirmed");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("Paidy keeps billing")
                .contains("7-補足①");
        assertThat(api.asOperator().get(uri).json().at("/customer/name").asString()).isEqualTo("山田 太郎");

        Response sameBuyer = api.asOperator().patch(uri, Map.of("customer", TestOrders.customer(),
                "customerNote", "置き配希望"));
        assertThat(sameBuyer.status()).as("an edit that leaves the buyer as is needs nothing").isEqualTo(200);

        Response confirmed = api.asOperator().patch(uri, Map.of("customer", otherBuyer, "buyerChangeConfirmed", true));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().at("/customer/name").asString()).isEqualTo("鈴木 花子");
        assertThat(historyOf(number)).anyMatch(entry -> entry.contains("購入者情報の変更を確認済み")
                && entry.contains("Paidy keeps billing"));
        paygent.verify(1, postRequestedFor(urlEqualTo(MODULE)));

        String pending = checkout(AUTH_ONLY).at("/order/number").asString();
        Response beforeAuthorization = api.asOperator().patch("/api/admin/orders/" + pending,
                Map.of("customer", otherBuyer));
        assertThat(beforeAuthorization.status()).as("nobody has authorized yet").isEqualTo(200);
    }

    /** The console's 受注編集 shows the same caution and takes the confirmation as a tick. */
    @Test
    void theConsolesOrderEditShowsTheBuyerCautionAndTakesTheConfirmation() throws Exception {
        String number = authorized(AUTH_ONLY);
        long version = api.asOperator().get("/api/admin/orders/" + number).json().at("/version").asLong();

        MockHttpServletResponse refused = mvc.perform(consoleEdit(number, version, "鈴木 花子")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"buyer-change-caution\"")
                .contains("Paidy keeps billing").contains("name=\"buyerChangeConfirmed\"");

        MockHttpServletResponse saved = mvc.perform(consoleEdit(number, version, "鈴木 花子")
                .param("buyerChangeConfirmed", "true")).andReturn().getResponse();
        assertThat(saved.getStatus()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/customer/name").asString())
                .isEqualTo("鈴木 花子");
    }

    /** The console's edit form for {@link TestOrders#order()} paid with Paidy, with the buyer's name given. */
    private static MockHttpServletRequestBuilder consoleEdit(String number, long version, String buyerName) {
        MockHttpServletRequestBuilder form = MockMvcRequestBuilders.post("/console/orders/" + number)
                .with(csrf()).with(user("operator1").roles("OPERATOR")).param("version", Long.toString(version))
                .param("deliveryMethodCode", "YAMATO").param("paymentMethodCode", AUTH_ONLY)
                .param("shippingFee", "550").param("paymentFee", "0").param("usedPoints", "0")
                .param("adjustment.amount", "0").param("adjustment.taxCategory", "STANDARD_10");
        TestOrders.customer().forEach((field, value) -> {
            form.param("customer." + field, "name".equals(field) ? buyerName : value.toString());
            if (!List.of("email", "mobilePhone").contains(field)) {
                form.param("delivery." + field, value.toString());
            }
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) TestOrders.order().get("lines");
        for (int row = 0; row < lines.size(); row++) {
            for (Map.Entry<String, Object> field : lines.get(row).entrySet()) {
                form.param("lines[" + row + "]." + field.getKey(), field.getValue().toString());
            }
        }
        return form;
    }

    /** Issue 11: an order an operator registers with Paidy is not authorized automatically (Paidy needs the shopper). */
    @Test
    void anOrderAnOperatorRegistersWithPaidyWaitsForTheShopperWithoutCallingPaygent() {
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", AUTH_ONLY);
        Response registered = api.asOperator().post("/api/admin/orders", body);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String number = registered.json().at("/number").asString();

        awaitEventListeners();
        JsonNode payment = payment(number);
        assertThat(payment.at("/status").asString()).isEqualTo("PENDING");
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("Paidy Checkout 待ち");
        assertThat(paygent.getAllServeEvents()).as("no 343 without the shopper's pay_ id").isEmpty();
    }

    @Test
    void cancelBeforeCaptureSaysNoMailOrSmsGoesOut() {
        String number = authorized(AUTH_ONLY);
        replies("340", "result=0");

        Response cancelled = api.asOperator().post(commandUri(number, "cancel"), Map.of());

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().at("/payment/status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().at("/payment/providerStatus").asString()).contains("メール・SMSは送信されません");
    }

    @Test
    void authAndCaptureWaitsForPaygentsCaptureNoticeAndRefusesManualCapture() throws Exception {
        String number = authorized(AUTH_AND_CAPTURE);
        String paymentId = payment(number).at("/references/paymentId").asString();
        assertThat(payment(number).at("/providerStatus").asString()).contains("自動売上待ち");

        Response manual = api.asOperator().post(commandUri(number, "capture"), Map.of());
        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.text()).contains("captures this payment by itself");

        replies("094", "result=0", "payment_id=" + paymentId, "payment_status=40", "payment_amount=3830");
        MockHttpServletResponse answer = notice(fields("N-100", paymentId, "40", 3830), HASH_KEY);
        assertThat(answer.getContentAsString()).isEqualTo("result=0");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(payment(number).at("/status").asString()).isEqualTo("CAPTURED"));
        assertThat(payment(number).at("/needsAttention").asBoolean()).as("Paygent's own capture is no drift").isFalse();
    }

    @Test
    void withoutTheCaptureNoticePaygentIsAskedAndTheMissingNotificationIsFlagged() {
        String number = authorized(AUTH_AND_CAPTURE);
        String paymentId = payment(number).at("/references/paymentId").asString();
        replies("094", "result=0", "payment_id=" + paymentId, "payment_status=40", "payment_amount=3830");

        clock.advance(Duration.ofMinutes(29));
        awaitEventListeners();
        assertThat(payment(number).at("/status").asString()).as("not yet overdue").isEqualTo("AUTHORIZED");
        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode payment = payment(number);
            assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
            assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        });
        assertThat(payment(number).at("/attentionReason").asString()).contains("only when asked")
                .contains("notification URL");
    }

    @Test
    void anAutomaticCaptureThatNeverHappensIsFlagged() {
        String number = authorized(AUTH_AND_CAPTURE);
        String paymentId = payment(number).at("/references/paymentId").asString();
        replies("094", "result=0", "payment_id=" + paymentId, "payment_status=20", "payment_amount=3830");

        clock.advance(Duration.ofMinutes(31));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(payment(number).at("/needsAttention").asBoolean()).isTrue());
        JsonNode payment = payment(number);
        assertThat(payment.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.at("/attentionReason").asString()).contains("has not captured").contains("決済通知ステータス");
    }

    @Test
    void aCancelMadeInPaygentsConsoleIsDriftThatBlocksFurtherOperations() throws Exception {
        String number = authorized(AUTH_ONLY);
        String paymentId = payment(number).at("/references/paymentId").asString();

        MockHttpServletResponse answer = notice(fields("N-200", paymentId, "32", 3830), HASH_KEY);
        assertThat(answer.getContentAsString()).isEqualTo("result=0");
        MockHttpServletResponse duplicate = notice(fields("N-200", paymentId, "32", 3830), HASH_KEY);
        assertThat(duplicate.getContentAsString()).as("a duplicate is answered the same").isEqualTo("result=0");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode payment = payment(number);
            assertThat(payment.at("/status").asString()).isEqualTo("CANCELLED");
            assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        });
        assertThat(payment(number).at("/attentionReason").asString()).contains("console");
        Response refused = api.asOperator().post(commandUri(number, "refund"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        JsonNode inbox = api.asOperator().get("/api/admin/webhooks?provider=PAYGENT_PAIDY").json();
        assertThat(inbox.toString().split("N-200", -1).length - 1).as("stored once").isLessThanOrEqualTo(2);
    }

    @Test
    void aNoticeWithAWrongHcIsAnsweredButNeverApplied() throws Exception {
        String number = authorized(AUTH_ONLY);
        String paymentId = payment(number).at("/references/paymentId").asString();

        MockHttpServletResponse answer = notice(fields("N-300", paymentId, "32", 3830), "a forger's key");

        assertThat(answer.getContentAsString()).isEqualTo("result=0");
        Thread.sleep(1500);
        assertThat(payment(number).at("/status").asString()).isEqualTo("AUTHORIZED");
    }

    @Test
    void wrongCredentialsAndAnUnfinishedReviewAreClearProblems() {
        String number = checkout(AUTH_ONLY).at("/order/number").asString();
        replies("343", "result=1", "response_code=90001");

        Response refused = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_login")));

        assertThat(refused.json().at("/declineMessage").asString()).as(refused.text()).contains("接続IDパスワード");

        String other = checkout(AUTH_ONLY).at("/order/number").asString();
        replies("343", "result=1", "response_code=90002");
        Response review = store.post("/api/store/orders/" + other + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_review")));
        assertThat(review.json().at("/declineMessage").asString()).as(review.text()).contains("審査");
    }

}
