package com.orderdesk.payment.atobarai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.atobarai.wire.AtobaraiForm;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayRecipient;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.payment.gateway.ReviewFlow.Failure;
import com.orderdesk.payment.gateway.ReviewStep.ReviewStepRequest;
import com.orderdesk.payment.gateway.ShipmentReporting.Amendment;
import com.orderdesk.payment.gateway.ShipmentReporting.ReportedShipment;
import com.orderdesk.payment.gateway.ShipmentReporting.ShipmentReport;
import com.orderdesk.shared.TaxCategory;
import com.orderdesk.shipping.Carrier;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The atobarai adapter against WireMock speaking Yamato's XML {@code <return>} replies, one nested
 * class per function (KAARA0010, KAARS0010, KAASA0020, KAASL0010, KAAST0010, KAACL0010, KAAKK0010)
 * with its error codes; no Spring context.
 */
class AtobaraiPaymentGatewayTests {

    static final String KAARA = "/kuroneko-atobarai-api/KAARA0010APIAction_execute.action";
    static final String KAARS = "/kuroneko-atobarai-api/KAARS0010APIAction_execute.action";
    static final String KAASA = "/kuroneko-atobarai-api/KAASA0020APIAction_execute.action";
    static final String KAASL = "/kuroneko-atobarai-api/KAASL0010APIAction_execute.action";
    static final String KAAST = "/kuroneko-atobarai-api/KAAST0010APIAction_execute.action";
    static final String KAACL = "/kuroneko-atobarai-api/KAACL0010APIAction_execute.action";
    static final String KAAKK = "/kuroneko-atobarai-api/KAAKK0010APIAction_execute.action";
    static final String SLIP = "123456789013";

    /** 12:00 in Japan on the order date. */
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private final WireMockServer yamato = new WireMockServer(wireMockConfig().dynamicPort());
    private final AtobaraiPaymentGateway gateway = new AtobaraiPaymentGateway(AtobaraiFixtures.client(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        yamato.start();
        settings = AtobaraiFixtures.settings(yamato.baseUrl(), Map.of("smartphoneType", "true"));
    }

    @AfterEach
    void stop() {
        yamato.stop();
    }

    private void reply(String path, String inner) {
        yamato.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/xml;charset=UTF-8")
                .withBody(AtobaraiFixtures.xml("<returnCode>0</returnCode><returnDate>20261123120000</returnDate>" + inner))));
    }

    private void error(String path, String code) {
        yamato.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/xml")
                .withBody(AtobaraiFixtures.xml("<returnCode>1</returnCode><errorCode>" + code + "</errorCode>"))));
    }

    private Map<String, String> sent(String path) {
        var events = yamato.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path)).toList();
        assertThat(events).as("a call to " + path).isNotEmpty();
        return AtobaraiForm.CODEC.decode(events.getFirst().getRequest().getBody());
    }

    private int calls(String path) {
        return (int) yamato.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path)).count();
    }

    private static GatewayPaymentState authorized(Map<String, String> extra) {
        Map<String, String> references = new java.util.HashMap<>(Map.of("orderNo", "OD-001001-1", "type", "INVOICE",
                "firstTotal", "4500", "shipYmd", "20261203", "postCode", "1500001", "address1", "東京都渋谷区神宮前１－１－１",
                "address2", "ハイツ１０１"));
        references.putAll(extra);
        return AtobaraiFixtures.payment(PaymentStatus.AUTHORIZED, 4500, references);
    }

    @Nested
    class CreditCheckKAARA0010 {

        @Test
        void usableCreditAuthorizesAndSendsTheInvoiceInYamatosFieldRules() {
            reply(KAARA, "<result>0</result><orderNo>OD-001001-1</orderNo>");

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(result.providerStatus()).isEqualTo("与信");
            assertThat(result.references()).containsEntry("orderNo", "OD-001001-1").containsEntry("firstTotal", "4500")
                    .containsEntry("type", "INVOICE");
            Map<String, String> form = sent(KAARA);
            assertThat(form).containsEntry("ycfStrCode", AtobaraiFixtures.STORE_CODE)
                    .containsEntry("password", AtobaraiFixtures.PASSWORD).containsEntry("requestDate", "20261123120000")
                    .containsEntry("orderNo", "OD-001001-1").containsEntry("orderYmd", "20261123")
                    .as("order date + 10 lead days (the manual's default)").containsEntry("shipYmd", "20261203")
                    .containsEntry("name", "山田　太郎").containsEntry("nameKana", "ﾔﾏﾀﾞ ﾀﾛｳ")
                    .containsEntry("postCode", "1500001").containsEntry("address1", "東京都渋谷区神宮前１－１－１")
                    .containsEntry("address2", "ハイツ１０１").containsEntry("telNum", "0312345678")
                    .containsEntry("email", "taro@example.jp").containsEntry("totalAmount", "4500")
                    .containsEntry("sendDiv", "0").containsEntry("itemName1", "Ｔシャツ").containsEntry("itemCount2", "2")
                    .containsEntry("unitPrice2", "500").containsEntry("subTotal2", "1000").containsEntry("itemName3", "送料")
                    .containsEntry("subTotal4", "-200").doesNotContainKey("itemName5").doesNotContainKey("sendName");
            assertThat(yamato.getAllServeEvents().getFirst().getRequest().getHeader("Content-Type"))
                    .contains("application/x-www-form-urlencoded").containsIgnoringCase("UTF-8");
        }

        @Test
        void aWishedDeliveryDateIsTheShipDateAndAGiftRecipientIsSentApart() {
            reply(KAARA, "<result>0</result>");
            GatewayRecipient gift = new GatewayRecipient("佐藤 花子", null, "06-1111-2222", null, "5300001", "大阪府",
                    "大阪市北区", "梅田1-1", null);

            gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE", "OD-001001-1",
                    AtobaraiFixtures.invoice(LocalDate.of(2026, 11, 28), gift)));

            assertThat(sent(KAARA)).containsEntry("shipYmd", "20261128").containsEntry("sendDiv", "1")
                    .containsEntry("sendName", "佐藤　花子").containsEntry("sendPostCode", "5300001")
                    .containsEntry("sendAddress1", "大阪府大阪市北区梅田１－１").containsEntry("sendTelNum", "0611112222");
        }

        @Test
        void unusableCreditAndTheLimitAreDeclinedWithTheReason() {
            reply(KAARA, "<result>1</result>");
            GatewayResult ng = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));
            reply(KAARA, "<result>2</result>");
            GatewayResult limit = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));

            assertThat(ng.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(ng.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(ng.providerStatus()).isEqualTo("ご利用不可");
            assertThat(ng.errorMessage()).contains("ご利用不可");
            assertThat(limit.providerStatus()).isEqualTo("限度額超過");
            assertThat(limit.errorCode()).isEqualTo("result=2");
        }

        @Test
        void screeningInProgressWaitsUnderReview() {
            reply(KAARA, "<result>3</result>");

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.PENDING);
            assertThat(result.status()).isEqualTo(PaymentStatus.UNDER_REVIEW);
            assertThat(result.providerStatus()).isEqualTo("審査中");
            assertThat(result.nextAction().type()).isEqualTo(NextAction.Type.AWAIT_REVIEW);
        }

        @Test
        void theSmartphoneTypeSendsTheMobileNumberAndWaitsThirtyMinutesForTheSmsCode() {
            reply(KAARA, "<result>3</result>");

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(settings, "SMARTPHONE"));

            assertThat(sent(KAARA)).containsEntry("sendDiv", "3").containsEntry("telNum", "09012345678");
            assertThat(result.status()).isEqualTo(PaymentStatus.UNDER_REVIEW);
            assertThat(result.nextAction().type()).isEqualTo(NextAction.Type.SMS_CHECK);
            assertThat(result.nextAction().expiresAt()).isEqualTo(NOW.plusSeconds(1800));
            assertThat(result.references()).containsEntry("type", "SMARTPHONE");
        }

        @Test
        void theSmartphoneTypeIsRefusedUnlessSwitchedOnInTheSettings() {
            ProviderSettings off = AtobaraiFixtures.settings(yamato.baseUrl(), Map.of());

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(off, "SMARTPHONE"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorMessage()).contains("スマホタイプ").contains("smartphoneType");
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }

        @Test
        void aTotalBeyondSixDigitsIsRefusedWithTheManualsWordsBeforeAnyCall() {
            GatewayInvoice big = new GatewayInvoice(AtobaraiFixtures.ORDER_DATE, null, null,
                    List.of(new GatewayLine(GatewayLine.Kind.PRODUCT, "X", "時計", 1_000_000, 1, TaxCategory.STANDARD_10)),
                    List.of(), 1_000_000, AtobaraiFixtures.buyer());

            assertThatThrownBy(() -> gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE", "OD-1-1", big)))
                    .isInstanceOf(RequestNotSendable.class).hasMessageContaining("決済金額総計:指定桁数(6桁)以内であること");
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }

        @Test
        void digitalLinesAreRefusedWithTheManualsReasonBeforeAnyCall() {
            GatewayInvoice download = new GatewayInvoice(AtobaraiFixtures.ORDER_DATE, null, null, List.of(
                    new GatewayLine(GatewayLine.Kind.PRODUCT, "A-1", "Tシャツ", 3000, 1, TaxCategory.STANDARD_10),
                    new GatewayLine(GatewayLine.Kind.DIGITAL_PRODUCT, "E-1", "電子書籍", 1000, 1, TaxCategory.STANDARD_10)),
                    List.of(), 4000, AtobaraiFixtures.buyer());

            assertThatThrownBy(() -> gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE", "OD-1-1", download)))
                    .isInstanceOfSatisfying(RequestNotSendable.class, e -> assertThat(e.errors().getFirst().field())
                            .isEqualTo("lines"))
                    .hasMessageContaining("物販商品以外は取り扱えません");
            assertThat(yamato.getAllServeEvents()).isEmpty();
            assertThat(gateway.capabilities().digitalGoods()).isFalse();
        }

        @Test
        void moreThanTenLinesAreRefusedBeforeAnyCall() {
            List<GatewayLine> lines = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                lines.add(new GatewayLine(GatewayLine.Kind.PRODUCT, "P" + i, "商品" + i, 100, 1, TaxCategory.STANDARD_10));
            }
            GatewayInvoice many = new GatewayInvoice(AtobaraiFixtures.ORDER_DATE, null, null, lines, List.of(), 1100,
                    AtobaraiFixtures.buyer());

            assertThatThrownBy(() -> gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE", "OD-1-1", many)))
                    .isInstanceOfSatisfying(RequestNotSendable.class, e -> assertThat(e.errors().getFirst().field())
                            .isEqualTo("lines"));
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }

        @Test
        void aShipDateBeyondNinetyDaysIsRefusedBeforeAnyCall() {
            assertThatThrownBy(() -> gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE", "OD-1-1",
                    AtobaraiFixtures.invoice(LocalDate.of(2027, 3, 1), AtobaraiFixtures.buyer()))))
                    .isInstanceOfSatisfying(RequestNotSendable.class, e -> assertThat(e.errors().getFirst().field())
                            .isEqualTo("deliveryDate")).hasMessageContaining("90日以内");
        }

        @Test
        void aWrongPasswordFailsWithItsMeaning() {
            error(KAARA, "kaara092E");

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorCode()).isEqualTo("kaara092E");
            assertThat(result.errorMessage()).contains("パスワード");
        }

        @Test
        void yamatosSystemErrorLeavesTheOutcomeUnknown() {
            error(KAARA, "err0001");

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(result.errorMessage()).contains("KAAST0010");
        }

        @Test
        void aDuplicateOrderNoReadsTheTransactionYamatoAlreadyHolds() {
            error(KAARA, "kaara009E");
            reply(KAAST, "<result>1</result><warning>1</warning>");

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(sent(KAAST)).containsEntry("orderNo", "OD-001001-1");
        }

        @Test
        void aLostAnswerIsUnknownAndNotRepeated() {
            yamato.stubFor(post(urlEqualTo(KAARA)).willReturn(aResponse().withFixedDelay(2600)
                    .withBody(AtobaraiFixtures.xml("<returnCode>0</returnCode><result>0</result>"))));

            GatewayResult result = gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(calls(KAARA)).as("a repeat would be refused as kaara009E").isEqualTo(1);
        }

        @Test
        void aReplyWithADoctypeIsNeverRead() {
            yamato.stubFor(post(urlEqualTo(KAARA)).willReturn(aResponse().withBody(("<?xml version=\"1.0\"?><!DOCTYPE r ["
                    + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><return><returnCode>&x;</returnCode></return>")
                    .getBytes(StandardCharsets.UTF_8))));

            assertThat(gateway.authorize(AtobaraiFixtures.authorize(settings, "INVOICE")).outcome())
                    .isEqualTo(GatewayOutcome.UNKNOWN);
        }
    }

    @Nested
    class CreditResultKAARS0010 {

        private GatewayStatusResult poll() {
            GatewayPaymentState reviewing = AtobaraiFixtures.payment(PaymentStatus.UNDER_REVIEW, 4500,
                    Map.of("orderNo", "OD-001001-1", "type", "INVOICE"));
            return gateway.status(new GatewayStatusRequest(reviewing, settings));
        }

        @Test
        void theScreeningsResultIsAskedWhileUnderReview() {
            reply(KAARS, "<result>0</result>");
            assertThat(poll()).extracting(GatewayStatusResult::status, GatewayStatusResult::providerStatus)
                    .containsExactly(PaymentStatus.AUTHORIZED, "与信");
            assertThat(sent(KAARS)).containsEntry("orderNo", "OD-001001-1");

            reply(KAARS, "<result>2</result>");
            assertThat(poll()).extracting(GatewayStatusResult::status, GatewayStatusResult::providerStatus)
                    .containsExactly(PaymentStatus.FAILED, "限度額超過");

            reply(KAARS, "<result>3</result>");
            assertThat(poll().status()).isEqualTo(PaymentStatus.UNDER_REVIEW);
        }

        @Test
        void anErrorIsNoAnswer() {
            error(KAARS, "kaars008E");

            assertThatThrownBy(this::poll).isInstanceOf(ProviderUnavailable.class).hasMessageContaining("kaars008E");
        }
    }

    @Nested
    class SmsCodeKAASA0020 {

        private GatewayResult code(Map<String, String> input) {
            GatewayPaymentState reviewing = AtobaraiFixtures.payment(PaymentStatus.UNDER_REVIEW, 4500,
                    Map.of("orderNo", "OD-001001-1", "type", "SMARTPHONE"));
            return gateway.completeReviewStep(new ReviewStepRequest(reviewing, UUID.randomUUID(), input, settings));
        }

        @Test
        void aMatchingCodeAuthorizes() {
            reply(KAASA, "<result>1</result>");

            GatewayResult result = code(Map.of("code", "1234"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(sent(KAASA)).containsEntry("ninCode", "1234").containsEntry("orderNo", "OD-001001-1");
        }

        @Test
        void aMismatchKeepsTheReviewOpen() {
            reply(KAASA, "<result>2</result>");

            GatewayResult result = code(Map.of("code", "9999"));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.status()).as("the core counts the attempt").isNull();
        }

        @Test
        void yamatosAttemptLimitAndExpiryEndTheReviewAsFailuresThatCancelTheOrder() {
            error(KAASA, "kaasa021E");
            GatewayResult tooMany = code(Map.of("code", "9999"));
            error(KAASA, "kaasa022E");
            GatewayResult expired = code(Map.of("code", "1234"));
            reply(KAASA, "<result>3</result>");
            GatewayResult expiredResult = code(Map.of("code", "1234"));

            assertThat(tooMany.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(gateway.endingFailure(tooMany)).isEqualTo(Failure.TOO_MANY_ATTEMPTS);
            assertThat(gateway.endingFailure(expired)).isEqualTo(Failure.TIMED_OUT);
            assertThat(gateway.endingFailure(expiredResult)).isEqualTo(Failure.TIMED_OUT);
            assertThat(gateway.reviewPolicy().cancelsOrder()).contains(Failure.TIMED_OUT, Failure.TOO_MANY_ATTEMPTS,
                    Failure.ABANDONED).doesNotContain(Failure.DECLINED);
        }

        @Test
        void goingBackEndsTheReviewWithoutACall() {
            GatewayResult result = code(Map.of("action", "back"));

            assertThat(result.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(gateway.endingFailure(result)).isEqualTo(Failure.ABANDONED);
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }

        @Test
        void aCodeThatIsNotOneToFourDigitsIsNotSent() {
            assertThatThrownBy(() -> code(Map.of("code", "12a45"))).isInstanceOfSatisfying(RequestNotSendable.class,
                    e -> assertThat(e.errors().getFirst().field()).isEqualTo("input.code"));
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }

        @Test
        void theReviewPolicyIsTheManualsThirtyMinutes() {
            assertThat(gateway.reviewPolicy().shopperTimeout()).hasMinutes(30);
        }
    }

    /** The setting クロネコヤマト配送 ({@code yamatoDeliveryMethods}) against the order's delivery method. */
    @Nested
    class YamatoDeliveryMethods {

        private ProviderSettings with(Map<String, String> options) {
            return AtobaraiFixtures.settings(yamato.baseUrl(), options);
        }

        private ShipmentReport report(Carrier carrier, List<String> slips, ProviderSettings with, String deliveryMethod) {
            return new ShipmentReport(authorized(Map.of()), UUID.randomUUID(), UUID.randomUUID(),
                    new ReportedShipment(carrier, slips, LocalDate.of(2026, 11, 25)), List.of("OD-001001"), with, true,
                    deliveryMethod);
        }

        @Test
        void anOrderShippedByAnotherCarrierIsRefusedBeforeTheCreditCheckWithoutTheOtherCarrierOption() {
            ProviderSettings yamatoOnly = with(Map.of("yamatoDeliveryMethods", "TQB, NEKOPOS"));
            GatewayInvoice bySagawa = AtobaraiFixtures.invoice(null, AtobaraiFixtures.buyer()).withDeliveryMethod("SAGAWA-EXP");

            GatewayResult refused = gateway.authorize(AtobaraiFixtures.authorize(yamatoOnly, "INVOICE", "OD-001001-1", bySagawa));

            assertThat(refused.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(refused.errorMessage()).contains("SAGAWA-EXP").contains("他社配送").contains("otherCarrier")
                    .contains("nothing was sent");
            assertThat(yamato.getAllServeEvents()).isEmpty();

            reply(KAARA, "<result>0</result>");
            GatewayInvoice byYamato = AtobaraiFixtures.invoice(null, AtobaraiFixtures.buyer()).withDeliveryMethod("NEKOPOS");
            assertThat(gateway.authorize(AtobaraiFixtures.authorize(yamatoOnly, "INVOICE", "OD-001001-1", byYamato))
                    .status()).isEqualTo(PaymentStatus.AUTHORIZED);
            ProviderSettings withOption = with(Map.of("yamatoDeliveryMethods", "TQB", "otherCarrier", "true"));
            assertThat(gateway.authorize(AtobaraiFixtures.authorize(withOption, "INVOICE", "OD-001001-1", bySagawa))
                    .status()).isEqualTo(PaymentStatus.AUTHORIZED);
        }

        @Test
        void aYamatoDeliveryMethodShippedByAnotherCarrierIsRefusedWithTheManualsReason() {
            ProviderSettings settings = with(Map.of("yamatoDeliveryMethods", "TQB", "otherCarrier", "true"));

            GatewayResult refused = gateway.reportShipment(report(Carrier.SAGAWA, List.of("111122223333"), settings, "TQB"));

            assertThat(refused.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(refused.errorMessage()).contains("TQB").contains("ships with Yamato")
                    .contains("その他の配送会社を選択してしまうと決済の確定がされません");
            assertThat(yamato.getAllServeEvents()).as("even with the 他社配送 option").isEmpty();
        }

        @Test
        void anyOtherDeliveryMethodIsReportedAsOtherCarrierDeliveryWhateverTheShipmentsCarrier() {
            reply(KAASL, "");
            ProviderSettings settings = with(Map.of("yamatoDeliveryMethods", "TQB", "otherCarrier", "true"));

            GatewayResult reported = gateway.reportShipment(report(Carrier.YAMATO, List.of("1234-5678-9013"), settings,
                    "POST-LETTER"));

            assertThat(reported.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(sent(KAASL)).containsEntry("processDiv", "2").containsEntry("paymentNo", "OD-001001-1");
        }

        @Test
        void withoutTheListTheShipmentsCarrierDecidesAsBefore() {
            reply(KAASL, "");

            GatewayResult reported = gateway.reportShipment(report(Carrier.YAMATO, List.of("1234-5678-9013"),
                    with(Map.of()), "ANYTHING"));

            assertThat(reported.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(sent(KAASL)).containsEntry("processDiv", "0").containsEntry("paymentNo", SLIP);
        }

        @Test
        void anOrderMarkedShippedWithoutAShipmentIsToldWhyItStaysUncaptured() {
            ProviderSettings settings = with(Map.of("yamatoDeliveryMethods", "TQB", "otherCarrier", "true"));
            ProviderSettings optionOff = with(Map.of("yamatoDeliveryMethods", "TQB"));

            assertThat(gateway.uncapturedWithoutShipment(authorized(Map.of()), "TQB", settings))
                    .contains("一括操作で「発送済み」にしても売上確定はされません").contains("送り状番号");
            assertThat(gateway.uncapturedWithoutShipment(authorized(Map.of()), "SAGAWA-EXP", optionOff))
                    .contains("他社配送").contains("otherCarrier");
        }

        @Test
        void markingShippedIsTheReportForOtherCarrierDeliveryOnlyAsTheManualSays() {
            ProviderSettings settings = with(Map.of("yamatoDeliveryMethods", "TQB", "otherCarrier", "true"));

            assertThat(gateway.reportsShippedStatus(authorized(Map.of()), "SAGAWA-EXP", settings))
                    .as("クロネコヤマト配送以外: 発送済み → 売上確定").isTrue();
            assertThat(gateway.reportsShippedStatus(authorized(Map.of()), "TQB", settings))
                    .as("クロネコヤマト配送: 送り状番号が必須").isFalse();
            assertThat(gateway.reportsShippedStatus(authorized(Map.of()), "SAGAWA-EXP",
                    with(Map.of("yamatoDeliveryMethods", "TQB")))).as("without the 他社配送 option").isFalse();
            assertThat(gateway.reportsShippedStatus(authorized(Map.of()), "SAGAWA-EXP", with(Map.of("otherCarrier", "true"))))
                    .as("without the list the carrier is not known until a shipment names it").isFalse();

            reply(KAASL, "");
            GatewayResult reported = gateway.reportShipment(report(Carrier.OTHER, List.of(), settings, "SAGAWA-EXP"));
            assertThat(reported.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(sent(KAASL)).containsEntry("processDiv", "2").containsEntry("paymentNo", "OD-001001-1");
        }

        @Test
        void oneSlipCoversAtMostThreeOrdersAndAFourthIsRefusedBeforeAnyCall() {
            assertThat(gateway.sharedSlipRefusal(authorized(Map.of()), 3)).isEmpty();
            assertThat(gateway.sharedSlipRefusal(authorized(Map.of()), 4)).get(InstanceOfAssertFactories.STRING)
                    .contains("kaasl045E").contains("3件まで").contains("4 orders");

            GatewayResult refused = gateway.reportShipment(new ShipmentReport(authorized(Map.of()), UUID.randomUUID(),
                    UUID.randomUUID(), new ReportedShipment(Carrier.YAMATO, List.of(SLIP), LocalDate.of(2026, 11, 25)),
                    List.of("OD-1", "OD-2", "OD-3", "OD-4"), settings));

            assertThat(refused.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(refused.errorCode()).isEqualTo("kaasl045E");
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }
    }

    @Nested
    class ShipmentKAASL0010 {

        private ShipmentReport report(GatewayPaymentState payment, Carrier carrier, List<String> slips,
                ProviderSettings with) {
            return new ShipmentReport(payment, UUID.randomUUID(), UUID.randomUUID(),
                    new ReportedShipment(carrier, slips, LocalDate.of(2026, 11, 25)), List.of("OD-001001"), with);
        }

        @Test
        void aYamatoSlipIsReportedAndBillingStarts() {
            reply(KAASL, "<orderNo>OD-001001-1</orderNo>");

            GatewayResult result = gateway.reportShipment(report(authorized(Map.of()), Carrier.YAMATO,
                    List.of("1234-5678-9013"), settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(result.providerStatus()).isEqualTo("送り状番号登録済");
            assertThat(sent(KAASL)).containsEntry("paymentNo", SLIP).containsEntry("processDiv", "0")
                    .containsEntry("shipYmd", "20261125").containsEntry("orderNo", "OD-001001-1");
        }

        @Test
        void aSlipWithAWrongCheckDigitOrNoSlipIsNotSent() {
            GatewayResult wrong = gateway.reportShipment(report(authorized(Map.of()), Carrier.YAMATO,
                    List.of("123456789012"), settings));
            GatewayResult none = gateway.reportShipment(report(authorized(Map.of()), Carrier.YAMATO, List.of(), settings));

            assertThat(wrong.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(wrong.errorMessage()).contains("kaasl014E").contains("チェックデジット");
            assertThat(none.errorMessage()).contains("送り状番号が必須");
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }

        @Test
        void anotherCarrierNeedsTheOtherCarrierOptionAndIsReportedWithProcessDivTwo() {
            GatewayResult refused = gateway.reportShipment(report(authorized(Map.of()), Carrier.SAGAWA,
                    List.of("111122223333"), settings));
            assertThat(refused.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(refused.errorMessage()).contains("決済の確定がされません").contains("otherCarrier");

            reply(KAASL, "");
            ProviderSettings withOption = AtobaraiFixtures.settings(yamato.baseUrl(), Map.of("otherCarrier", "true"));
            GatewayResult reported = gateway.reportShipment(report(authorized(Map.of()), Carrier.SAGAWA,
                    List.of("111122223333"), withOption));

            assertThat(reported.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(sent(KAASL)).containsEntry("processDiv", "2").containsEntry("paymentNo", "OD-001001-1");
            assertThat(reported.references()).containsEntry("processDiv", "2");
        }

        @Test
        void aSecondShipmentOfAReportedOrderIsNotReportedAgain() {
            GatewayResult result = gateway.reportShipment(report(authorized(Map.of("paymentNo", SLIP)), Carrier.YAMATO,
                    List.of("400012345670"), settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }

        @Test
        void yamatosRefusalsAreDeclinedWithTheirMeaning() {
            error(KAASL, "kaasl045E");

            GatewayResult result = gateway.reportShipment(report(authorized(Map.of()), Carrier.YAMATO, List.of(SLIP),
                    settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorMessage()).contains("3件まで");
        }

        @Test
        void aChangedSlipIsReportedWithTheOldOneWhileYamatoCanFollow() {
            reply(KAASL, "");
            GatewayPaymentState reported = authorized(Map.of("paymentNo", SLIP, "statusCode", "3"));

            GatewayResult result = gateway.changeShipment(report(reported, Carrier.YAMATO, List.of("400012345670"), settings),
                    new ReportedShipment(Carrier.YAMATO, List.of(SLIP), LocalDate.of(2026, 11, 25)));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(sent(KAASL)).containsEntry("processDiv", "1").containsEntry("paymentNo", "400012345670")
                    .containsEntry("beforePaymentNo", SLIP);
        }

        @Test
        void afterSalesAreFixedAChangeIsNotSentAndADeletionNever() {
            GatewayPaymentState fixed = authorized(Map.of("paymentNo", SLIP, "statusCode", "10"));

            assertThat(gateway.amendmentRefusal(fixed, Amendment.CHANGE)).hasValueSatisfying(reason ->
                    assertThat(reason).contains("売上確定").contains("Yamato's screen"));
            GatewayResult change = gateway.changeShipment(report(fixed, Carrier.YAMATO, List.of("400012345670"), settings),
                    new ReportedShipment(Carrier.YAMATO, List.of(SLIP), LocalDate.of(2026, 11, 25)));
            assertThat(change.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(change.errorMessage()).contains("not sent");
            assertThat(gateway.amendmentRefusal(authorized(Map.of()), Amendment.WITHDRAW)).hasValueSatisfying(reason ->
                    assertThat(reason).contains("not public"));
            assertThat(gateway.withdrawShipment(report(fixed, Carrier.YAMATO, List.of(SLIP), settings)).outcome())
                    .isEqualTo(GatewayOutcome.FAILED);
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }
    }

    @Nested
    class StatusKAAST0010 {

        private GatewayStatusResult status(PaymentStatus current) {
            return gateway.status(new GatewayStatusRequest(AtobaraiFixtures.payment(current, 4500,
                    Map.of("orderNo", "OD-001001-1", "type", "INVOICE")), settings));
        }

        @Test
        void eachOfYamatosStatesMapsToOrderDesks() {
            Map<String, PaymentStatus> expected = Map.of("1", PaymentStatus.AUTHORIZED, "2", PaymentStatus.CANCELLED,
                    "3", PaymentStatus.CAPTURED, "10", PaymentStatus.CAPTURED, "12", PaymentStatus.CAPTURED,
                    "30", PaymentStatus.UNDER_REVIEW, "32", PaymentStatus.FAILED);
            expected.forEach((result, status) -> {
                reply(KAAST, "<result>" + result + "</result><warning>0</warning>");
                GatewayStatusResult answer = status(PaymentStatus.AUTHORIZED);
                assertThat(answer.status()).as("result " + result).isEqualTo(status);
                assertThat(answer.references()).containsEntry("statusCode", result);
            });
            reply(KAAST, "<result>12</result>");
            assertThat(status(PaymentStatus.CAPTURED).providerStatus()).isEqualTo("入金済");
        }

        @Test
        void anErrorOrATimeoutIsNoAnswer() {
            error(KAAST, "err0002");
            assertThatThrownBy(() -> status(PaymentStatus.AUTHORIZED)).isInstanceOf(ProviderUnavailable.class);

            yamato.stubFor(post(urlEqualTo(KAAST)).willReturn(aResponse().withFixedDelay(2600)));
            assertThatThrownBy(() -> status(PaymentStatus.AUTHORIZED)).isInstanceOf(ProviderUnavailable.class);
            assertThat(calls(KAAST)).as("a query is retried").isGreaterThanOrEqualTo(2);
        }
    }

    @Nested
    class CancelKAACL0010 {

        @Test
        void cancelsAndIsRefusedOncePaid() {
            reply(KAACL, "");
            GatewayResult done = gateway.cancel(AtobaraiFixtures.operation(authorized(Map.of()), settings, 4500, null));
            assertThat(done.status()).as(done.toString()).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(sent(KAACL)).containsEntry("orderNo", "OD-001001-1");

            error(KAACL, "kaacl015E");
            GatewayResult paid = gateway.cancel(AtobaraiFixtures.operation(authorized(Map.of()), settings, 4500, null));
            assertThat(paid.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(paid.errorMessage()).contains("入金済");

            error(KAACL, "kaacl009E");
            assertThat(gateway.cancel(AtobaraiFixtures.operation(authorized(Map.of()), settings, 4500, null))
                    .errorMessage()).contains("取消できない");
        }

        @Test
        void refundsAndManualCapturesDoNotExist() {
            assertThat(gateway.refund(AtobaraiFixtures.operation(authorized(Map.of()), settings, 100, null)).outcome())
                    .isEqualTo(GatewayOutcome.FAILED);
            assertThat(gateway.capture(AtobaraiFixtures.operation(authorized(Map.of()), settings, 100, null))
                    .errorMessage()).contains("KAASL0010");
        }
    }

    @Nested
    class AmountChangeKAAKK0010 {

        private GatewayInvoice lower() {
            return new GatewayInvoice(AtobaraiFixtures.ORDER_DATE, null, null, List.of(
                    new GatewayLine(GatewayLine.Kind.PRODUCT, "A-1", "Tシャツ", 3000, 1, TaxCategory.STANDARD_10),
                    new GatewayLine(GatewayLine.Kind.SHIPPING_FEE, "SHIPPING", "送料", 700, 1, TaxCategory.STANDARD_10)),
                    List.of(), 3700, AtobaraiFixtures.buyer());
        }

        @Test
        void aDecreaseReSendsTheLinesAndTheDeliveryDataOfTheCreditCheck() {
            reply(KAAKK, "");

            GatewayResult result = gateway.changeAmount(AtobaraiFixtures.operation(authorized(Map.of()), settings, 3700,
                    lower()));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(sent(KAAKK)).containsEntry("totalAmount", "3700").containsEntry("shipYmd", "20261203")
                    .containsEntry("postCode", "1500001").containsEntry("address1", "東京都渋谷区神宮前１－１－１")
                    .containsEntry("sendDiv", "0").containsEntry("subTotal1", "3000").containsEntry("itemName2", "送料")
                    .doesNotContainKey("itemName3");
        }

        @Test
        void yamatosAmountRulesAreDeclinedWithTheirMeaning() {
            error(KAAKK, "kaakk050E");

            GatewayResult result = gateway.changeAmount(AtobaraiFixtures.operation(authorized(Map.of()), settings, 3700,
                    lower()));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorMessage()).contains("初回与信");
        }

        @Test
        void thePlanChangesInPlaceUpToTheFirstTotalAndCancelsAndRechecksAbove() {
            AmountChangePlan down = gateway.planAmountChange(authorized(Map.of()), 3700);
            AmountChangePlan up = gateway.planAmountChange(authorized(Map.of()), 5000);
            AmountChangePlan upAfterShipment = gateway.planAmountChange(AtobaraiFixtures.payment(PaymentStatus.CAPTURED,
                    4500, Map.of("orderNo", "OD-001001-1", "firstTotal", "4500")), 5000);

            assertThat(down.strategy()).isEqualTo(AmountChangePlan.Strategy.CHANGE_IN_PLACE);
            assertThat(down.steps()).anyMatch(step -> step.contains("KAAKK0010"))
                    .anyMatch(step -> step.contains("not recalculated by Yamato"));
            assertThat(up.strategy()).isEqualTo(AmountChangePlan.Strategy.CANCEL_AND_REISSUE);
            assertThat(up.steps()).anyMatch(step -> step.contains("kaakk050E"))
                    .anyMatch(step -> step.contains("cancel and re-check credit"));
            assertThat(upAfterShipment.strategy()).isEqualTo(AmountChangePlan.Strategy.NOT_POSSIBLE);
            assertThat(upAfterShipment.reason()).contains("kaakk050E");
            assertThat(gateway.planAmountChange(authorized(Map.of()), 1_000_000).reason()).contains("6桁");
        }

        @Test
        void noInvoiceNoCall() {
            assertThat(gateway.changeAmount(AtobaraiFixtures.operation(authorized(Map.of()), settings, 3700, null))
                    .outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(yamato.getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void settingsNeedAnElevenDigitStoreCodeAShortPasswordAndLeadDaysWithinNinety() {
        assertThat(gateway.check(ProviderSettings.Environment.TEST, Map.of("shippingLeadDays", "91", "otherCarrier", "yes"),
                Map.of("ycfStrCode", "1234567890", "password", "pass-word!"))).extracting(com.orderdesk.shared.FieldError::field)
                .containsExactlyInAnyOrder("credentials.ycfStrCode", "credentials.password", "options.shippingLeadDays",
                        "options.otherCarrier");
        assertThat(gateway.check(ProviderSettings.Environment.PRODUCTION, Map.of("shippingLeadDays", "10",
                "smartphoneType", "true", "yamatoDeliveryMethods", "YAMATO,LETTERPACK"),
                Map.of("ycfStrCode", "12345678901", "password", "sandbox1"))).isEmpty();
        java.util.Map<String, String> keepStored = new java.util.HashMap<>();
        keepStored.put("password", null);
        assertThat(gateway.check(ProviderSettings.Environment.TEST, Map.of(), keepStored)).as("null keeps the stored one")
                .isEmpty();
    }

    @Test
    void capabilitiesSayWhatTheManualSays() {
        var capabilities = gateway.capabilities();

        assertThat(capabilities.captureOnShipment()).isTrue();
        assertThat(capabilities.pushNotifications()).isFalse();
        assertThat(capabilities.subscriptions()).isFalse();
        assertThat(capabilities.maxAmount()).isEqualTo(999_999);
        assertThat(capabilities.maxLineCount()).isEqualTo(10);
        assertThat(capabilities.refunds()).isFalse();
        assertThat(capabilities.cancellableFrom()).containsExactlyInAnyOrder(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED);
        assertThat(gateway.subscriptionExclusionReason()).contains("定期購入");
        assertThat(gateway.providerOrderId("OD-000123", 2)).isEqualTo("OD-000123-2");
    }
}
