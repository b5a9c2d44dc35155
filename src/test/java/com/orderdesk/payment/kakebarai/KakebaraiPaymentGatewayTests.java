package com.orderdesk.payment.kakebarai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.orderdesk.payment.kakebarai.KakebaraiFixtures.BUYER;
import static com.orderdesk.payment.kakebarai.KakebaraiFixtures.error;
import static com.orderdesk.payment.kakebarai.KakebaraiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayRecipient;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ShipmentReporting.ReportedShipment;
import com.orderdesk.payment.gateway.ShipmentReporting.ShipmentReport;
import com.orderdesk.payment.kakebarai.wire.KakebaraiForm;
import com.orderdesk.shared.TaxCategory;
import com.orderdesk.shipping.Carrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kakebarai adapter against WireMock speaking the add-on's XML replies (AN010–AN040); no Spring context. */
class KakebaraiPaymentGatewayTests {

    private final WireMockServer yamato = new WireMockServer(wireMockConfig().dynamicPort());
    // 16:30 UTC on the 23rd is the 24th in Japan.
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T16:30:00Z"), ZoneOffset.UTC);
    private ProviderSettings settings;
    private KakebaraiPaymentGateway gateway;

    @BeforeEach
    void start() {
        yamato.start();
        settings = KakebaraiFixtures.settings(yamato.baseUrl(), Map.of());
        gateway = new KakebaraiPaymentGateway(KakebaraiFixtures.client(), KakebaraiFixtures.buyers("ご利用可", true), clock);
    }

    @AfterEach
    void stop() {
        yamato.stop();
    }

    private Map<String, String> sent(String api) {
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests = yamato.findAll(
                postRequestedFor(urlEqualTo("/" + api + "APIAction.action")));
        assertThat(requests).as(api + " was posted").isNotEmpty();
        return KakebaraiForm.CODEC.decode(requests.getLast().getBody());
    }

    private static GatewayInvoice invoice(LocalDate orderDate, List<GatewayLine> lines) {
        long total = lines.stream().mapToLong(GatewayLine::amount).sum();
        java.util.List<GatewayInvoice.TaxTotal> taxes = new java.util.ArrayList<>();
        for (TaxCategory category : TaxCategory.values()) {
            long base = lines.stream().filter(l -> l.taxCategory() == category).mapToLong(GatewayLine::amount).sum();
            if (lines.stream().anyMatch(l -> l.taxCategory() == category)) {
                taxes.add(new GatewayInvoice.TaxTotal(category, base, category.includedTax(base)));
            }
        }
        return new GatewayInvoice(orderDate, null, null, lines, taxes, total, new GatewayRecipient("山田 太郎", null,
                "03-1234-5678", "山田商事", "1500001", "東京都", "渋谷区", "神宮前1-1-1", null));
    }

    @Test
    void registrationSendsAmountsExcludingTaxWithTheTaxPerLineAndAuthorizes() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(ok()));
        GatewayInvoice invoice = invoice(LocalDate.of(2026, 11, 24), List.of(
                new GatewayLine(GatewayLine.Kind.PRODUCT, "TEA-GREEN-0001", "煎茶 業務用 1kg", 3240, 3, TaxCategory.REDUCED_8),
                new GatewayLine(GatewayLine.Kind.PRODUCT, "CUP-1", "湯呑み", 1100, 1, TaxCategory.STANDARD_10),
                new GatewayLine(GatewayLine.Kind.SHIPPING_FEE, "SHIPPING", "送料", 880, 1, TaxCategory.STANDARD_10),
                new GatewayLine(GatewayLine.Kind.POINTS, "POINTS", "ポイント利用", -500, 1, TaxCategory.STANDARD_10)));

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, invoice));

        assertThat(result.outcome()).as(result.errorMessage()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(result.providerStatus()).isEqualTo("登録");
        assertThat(result.references()).containsEntry("orderNo", "OD-001001-1").containsEntry("buyerId", BUYER);
        Map<String, String> form = sent("AN010");
        assertThat(form).containsEntry("traderCode", KakebaraiFixtures.TRADER_CODE).containsEntry("passWord",
                KakebaraiFixtures.PASSWORD).containsEntry("orderDate", "20261124").containsEntry("orderNo", "OD-001001-1")
                .containsEntry("buyerId", BUYER).containsEntry("meisaiUmu", "1");
        // 9720 at 8%: tax 720; 1480 at 10%: tax 134 (floor(1480*10/110)).
        assertThat(form).containsEntry("shohiZei", "854").containsEntry("settlePrice", Long.toString(11200 - 854));
        long lineSum = 0;
        long taxSum = 0;
        for (int n = 1; n <= 4; n++) {
            lineSum += Long.parseLong(form.get("kessaiKingaku" + n));
            taxSum += Long.parseLong(form.get("shohiZei" + n));
        }
        assertThat(lineSum).as("lines add up to settlePrice").isEqualTo(Long.parseLong(form.get("settlePrice")));
        assertThat(taxSum).as("line taxes add up to shohiZei").isEqualTo(854);
        assertThat(form).containsEntry("kessaiKingaku1", "9000").containsEntry("shohiZei1", "720")
                .containsEntry("suryo1", "3").containsEntry("tanka1", "3000").containsEntry("shohinMei1", "煎茶 業務用 1kg");
        assertThat(form).as("a discount line goes with a negative quantity").containsEntry("suryo4", "-1")
                .containsEntry("kessaiKingaku4", "-455").containsEntry("shohiZei4", "-45");
        assertThat(form).as("product codes are not sent by default (連携しない)").doesNotContainKey("shohinCode1");
    }

    @Test
    void productCodesAreCutAfterTheirFirstTenCharactersWhenTheOptionSaysSo() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(ok()));
        ProviderSettings firstTen = KakebaraiFixtures.settings(yamato.baseUrl(), Map.of("productCode", "FIRST_TEN"));
        GatewayInvoice invoice = invoice(LocalDate.of(2026, 11, 20), List.of(
                new GatewayLine(GatewayLine.Kind.PRODUCT, "TEA-GREEN-0001", "煎茶", 1080, 1, TaxCategory.REDUCED_8),
                new GatewayLine(GatewayLine.Kind.PRODUCT, "CUP-1", "湯呑み", 1100, 1, TaxCategory.STANDARD_10)));

        gateway.authorize(KakebaraiFixtures.authorize(firstTen, invoice));

        assertThat(sent("AN010")).containsEntry("shohinCode1", "TEA-GREEN-").containsEntry("shohinCode2", "CUP-1");
    }

    @Test
    void anOrderDateInTheFutureIsRefusedWithoutCallingYamato() {
        GatewayInvoice invoice = invoice(LocalDate.of(2026, 11, 25), List.of(
                new GatewayLine(GatewayLine.Kind.PRODUCT, "A", "商品", 1100, 1, TaxCategory.STANDARD_10)));

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, invoice));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
        assertThat(result.errorMessage()).contains("2026-11-25").contains("future");
        assertThat(yamato.getAllServeEvents()).isEmpty();
    }

    @Test
    void moreThanNinetyNineLinesAreRefusedWithoutCallingYamato() {
        List<GatewayLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add(new GatewayLine(GatewayLine.Kind.PRODUCT, "P" + i, "商品" + i, 110, 1, TaxCategory.STANDARD_10));
        }

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, invoice(LocalDate.of(2026, 11, 20), lines)));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
        assertThat(result.errorMessage()).contains("100 invoice lines").contains("99");
        assertThat(yamato.getAllServeEvents()).isEmpty();
    }

    @Test
    void overTheCreditLineIsDeclinedWithTheReason() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(error("A060004")));

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, 700_000));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorCode()).isEqualTo("A060004");
        assertThat(result.errorMessage()).contains("credit line");
    }

    @Test
    void aSuspendedBuyerIsDeclined() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(error("G61")));

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, 5000));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("suspended");
    }

    @Test
    void aBuyerNotApprovedIsDeclinedWithoutCallingYamato() {
        gateway = new KakebaraiPaymentGateway(KakebaraiFixtures.client(), KakebaraiFixtures.buyers("申込不備", false), clock);

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, 5000));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("申込不備").contains("not approved");
        assertThat(yamato.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDuplicateOrderNumberAfterOurOwnUnansweredSendIsThatRegistration() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(error("A020004")));
        GatewayAuthorizeRequest first = KakebaraiFixtures.authorize(settings, 5000);
        GatewayAuthorizeRequest resent = new GatewayAuthorizeRequest(first.paymentId(), first.operationId(),
                first.orderNumber(), first.providerOrderId(), first.amount(), false, first.customer(), first.invoice(),
                first.instrument(), null, settings, true);

        GatewayResult result = gateway.authorize(resent);

        assertThat(result.outcome()).as(result.errorMessage()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(result.references()).containsEntry("orderNo", "OD-001001-1");
    }

    @Test
    void aDuplicateOrderNumberOrderDeskNeverSentGoesToAnOperatorNotToAuthorized() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(error("A020004")));

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, 5000));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        assertThat(result.status()).isNull();
        assertThat(result.operatorMustCheck()).isTrue();
        assertThat(result.errorCode()).isEqualTo("A020004");
        assertThat(result.errorMessage()).contains("OD-001001-1").contains("never sent");
    }

    @Test
    void theAvailabilityAnswerStandsForSixtySecondsPerBuyer() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(
                Instant.parse("2026-11-23T03:00:00Z").toEpochMilli());
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        };
        com.orderdesk.customer.BuyerAccounts buyers = KakebaraiFixtures.buyers("ご利用可", true);
        org.mockito.Mockito.when(buyers.checkAvailability(KakebaraiFixtures.CUSTOMER)).thenReturn(java.util.Optional.of(
                new com.orderdesk.customer.ScreeningAnswer(com.orderdesk.customer.ScreeningAnswer.Outcome.ANSWERED, "利用可",
                        true, true, null, null, Map.of())));
        KakebaraiPaymentGateway cached = new KakebaraiPaymentGateway(KakebaraiFixtures.client(), buyers, moving);

        assertThat(cached.refusal(KakebaraiFixtures.CUSTOMER, java.util.Set.of(), settings)).isEmpty();
        assertThat(cached.refusal(KakebaraiFixtures.CUSTOMER, java.util.Set.of(), settings)).isEmpty();
        org.mockito.Mockito.verify(buyers, org.mockito.Mockito.times(1)).checkAvailability(KakebaraiFixtures.CUSTOMER);

        now.addAndGet(java.time.Duration.ofSeconds(61).toMillis());
        assertThat(cached.refusal(KakebaraiFixtures.CUSTOMER, java.util.Set.of(), settings)).isEmpty();
        org.mockito.Mockito.verify(buyers, org.mockito.Mockito.times(2)).checkAvailability(KakebaraiFixtures.CUSTOMER);
    }

    @Test
    void anUnreachableAvailabilityCheckIsAskedAgainNextTime() {
        com.orderdesk.customer.BuyerAccounts buyers = KakebaraiFixtures.buyers("ご利用可", true);
        org.mockito.Mockito.when(buyers.checkAvailability(KakebaraiFixtures.CUSTOMER)).thenReturn(java.util.Optional.of(
                com.orderdesk.customer.ScreeningAnswer.unreachable("timed out")));
        KakebaraiPaymentGateway cached = new KakebaraiPaymentGateway(KakebaraiFixtures.client(), buyers, clock);

        assertThat(cached.refusal(KakebaraiFixtures.CUSTOMER, java.util.Set.of(), settings)).get().asString()
                .contains("AN050");
        cached.refusal(KakebaraiFixtures.CUSTOMER, java.util.Set.of(), settings);
        org.mockito.Mockito.verify(buyers, org.mockito.Mockito.times(2)).checkAvailability(KakebaraiFixtures.CUSTOMER);
    }

    @Test
    void aProcessingErrorOrALostAnswerIsUnknown() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(error("9900001")));
        assertThat(gateway.authorize(KakebaraiFixtures.authorize(settings, 5000)).outcome()).isEqualTo(GatewayOutcome.UNKNOWN);

        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        GatewayResult reset = gateway.authorize(KakebaraiFixtures.authorize(settings, 5000));
        assertThat(reset.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        assertThat(yamato.findAll(postRequestedFor(urlEqualTo("/AN010APIAction.action"))))
                .as("AN010 is not repeated by the client").hasSize(2);
    }

    @Test
    void aReplyWithADoctypeIsNotRead() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(aResponse().withStatus(200).withBody(
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><return><returnCode>0</returnCode><x>&x;</x></return>"
                        .getBytes(StandardCharsets.UTF_8))));

        assertThat(gateway.authorize(KakebaraiFixtures.authorize(settings, 5000)).outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
    }

    @Test
    void aWrongPasswordFailsAndThePasswordNeverAppearsInTheResult() {
        yamato.stubFor(post(urlEqualTo("/AN010APIAction.action")).willReturn(error("A140001")));

        GatewayResult result = gateway.authorize(KakebaraiFixtures.authorize(settings, 5000));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
        assertThat(result.errorMessage()).contains("password").doesNotContain(KakebaraiFixtures.PASSWORD);
        assertThat(KakebaraiForm.masked(com.orderdesk.payment.kakebarai.wire.KakebaraiRequest.of(
                com.orderdesk.payment.kakebarai.wire.KakebaraiApi.AN050,
                new com.orderdesk.payment.kakebarai.wire.KakebaraiCredentials(KakebaraiFixtures.TRADER_CODE,
                        KakebaraiFixtures.PASSWORD), Map.of("buyerId", BUYER)))).contains("passWord=****")
                .doesNotContain(KakebaraiFixtures.PASSWORD);
    }

    @Test
    void cancelSendsAn020AndTheProvidersRefusalComesBackWithItsReason() {
        yamato.stubFor(post(urlEqualTo("/AN020APIAction.action")).willReturn(ok()));
        GatewayResult cancelled = gateway.cancel(KakebaraiFixtures.operation(KakebaraiFixtures.payment(PaymentStatus.AUTHORIZED, 5000), settings));
        assertThat(cancelled.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(sent("AN020")).containsEntry("orderNo", "OD-001001-1").containsEntry("buyerId", BUYER);

        yamato.stubFor(post(urlEqualTo("/AN020APIAction.action")).willReturn(error("B020005")));
        GatewayResult refused = gateway.cancel(KakebaraiFixtures.operation(KakebaraiFixtures.payment(PaymentStatus.CAPTURED, 5000), settings));
        assertThat(refused.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(refused.errorCode()).isEqualTo("B020005");
        assertThat(refused.errorMessage()).contains("取消不可");
    }

    private ShipmentReport report(PaymentStatus status, List<String> numbers, boolean fullyShipped) {
        return new ShipmentReport(KakebaraiFixtures.payment(status, 5000), UUID.randomUUID(), UUID.randomUUID(),
                new ReportedShipment(Carrier.YAMATO, numbers, LocalDate.of(2026, 11, 24)), List.of("OD-001001"), settings,
                fullyShipped);
    }

    @Test
    void aShipmentReportSendsTheSlipWithoutHyphensAndCaptures() {
        yamato.stubFor(post(urlEqualTo("/AN030APIAction.action")).willReturn(ok()));

        GatewayResult result = gateway.reportShipment(report(PaymentStatus.AUTHORIZED, List.of("1234-5678-9012"), true));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(sent("AN030")).containsEntry("orderNo", "OD-001001-1").containsEntry("slipNo", "123456789012");
        assertThat(gateway.reportsEveryShipment()).as("opt-in per shipment, as in the manual").isFalse();
    }

    @Test
    void aPartialShipmentOrASecondSlipIsRefusedWithTheReasonAndNotSent() {
        GatewayResult partial = gateway.reportShipment(report(PaymentStatus.AUTHORIZED, List.of("123456789012"), false));
        GatewayResult twoSlips = gateway.reportShipment(report(PaymentStatus.AUTHORIZED, List.of("123456789012", "123456789013"), true));
        GatewayResult again = gateway.reportShipment(report(PaymentStatus.CAPTURED, List.of("123456789014"), true));

        assertThat(partial.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(partial.errorMessage()).contains("not fully shipped").contains("partial shipment");
        assertThat(twoSlips.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(again.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(again.errorMessage()).contains("reported already");
        assertThat(yamato.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRefusedShipmentReportIsDeclinedWithTheCode() {
        yamato.stubFor(post(urlEqualTo("/AN030APIAction.action")).willReturn(error("C030001")));

        GatewayResult result = gateway.reportShipment(report(PaymentStatus.AUTHORIZED, List.of("123456789012"), true));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("AN030").contains("C030001");
    }

    @Test
    void withdrawingAReportSendsAn040AndLeavesTheOrderRegistered() {
        yamato.stubFor(post(urlEqualTo("/AN040APIAction.action")).willReturn(ok()));

        GatewayResult result = gateway.withdrawShipment(report(PaymentStatus.CAPTURED, List.of("1234-5678-9012"), true));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(sent("AN040")).containsEntry("orderNo", "OD-001001-1").containsEntry("slipNo", "123456789012");
    }

    @Test
    void aRefusedWithdrawalIsDeclinedWithTheCode() {
        yamato.stubFor(post(urlEqualTo("/AN040APIAction.action")).willReturn(error("D020001")));

        GatewayResult result = gateway.withdrawShipment(report(PaymentStatus.CAPTURED, List.of("1234-5678-9012"), true));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorCode()).isEqualTo("D020001");
        assertThat(result.errorMessage()).contains("AN040").contains("D020001");
    }

    @Test
    void orderNumbersAreTwentyCharactersAtMostAndNewForEachAttempt() {
        String longNumber = "SHOP-TOKYO-2026-000123";

        assertThat(gateway.providerOrderId("OD-001001", 1)).isEqualTo("OD-001001-1");
        assertThat(gateway.providerOrderId("OD-001001", 2)).as("a re-registration is a new orderNo").isEqualTo("OD-001001-2");
        assertThat(gateway.providerOrderId(longNumber, 1)).hasSizeLessThanOrEqualTo(20).matches("[0-9A-Za-z-]+")
                .isNotEqualTo(gateway.providerOrderId(longNumber, 2)).isNotEqualTo(gateway.providerOrderId("X" + longNumber, 1));
    }

    @Test
    void aChangedSlipIsWithdrawnAndReportedAgain() {
        yamato.stubFor(post(urlEqualTo("/AN040APIAction.action")).willReturn(ok()));
        yamato.stubFor(post(urlEqualTo("/AN030APIAction.action")).willReturn(ok()));

        GatewayResult result = gateway.changeShipment(report(PaymentStatus.CAPTURED, List.of("222233334444"), true),
                new ReportedShipment(Carrier.YAMATO, List.of("111122223333"), LocalDate.of(2026, 11, 24)));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(sent("AN040")).containsEntry("slipNo", "111122223333");
        assertThat(sent("AN030")).containsEntry("slipNo", "222233334444");
    }

    @Test
    void anAmountChangeIsCancelAndReRegistrationWhileNotShipped() {
        AmountChangePlan plan = gateway.planAmountChange(KakebaraiFixtures.payment(PaymentStatus.AUTHORIZED, 5000), 6000);
        AmountChangePlan shipped = gateway.planAmountChange(KakebaraiFixtures.payment(PaymentStatus.CAPTURED, 5000), 6000);

        assertThat(plan.strategy()).isEqualTo(AmountChangePlan.Strategy.CANCEL_AND_REISSUE);
        assertThat(plan.steps()).hasSize(2);
        assertThat(plan.steps().get(0)).contains("AN020").contains("OD-001001-1");
        assertThat(plan.steps().get(1)).contains("AN010").contains("6,000円").contains("credit line");
        assertThat(shipped.strategy()).isEqualTo(AmountChangePlan.Strategy.NOT_POSSIBLE);
        assertThat(gateway.changeAmount(KakebaraiFixtures.operation(KakebaraiFixtures.payment(PaymentStatus.AUTHORIZED, 5000),
                settings)).outcome()).isEqualTo(GatewayOutcome.FAILED);
    }

    @Test
    void thereIsNoOrderStatusQuerySoStatusTellsNothingNew() {
        var state = gateway.status(new GatewayStatusRequest(KakebaraiFixtures.payment(PaymentStatus.AUTHORIZED, 5000), settings));

        assertThat(state.known()).isTrue();
        assertThat(state.status()).isNull();
        assertThat(yamato.getAllServeEvents()).as("no endpoint is invented").isEmpty();
    }

    @Test
    void settingsNeedANineDigitMerchantCodeAndAKnownProductCodeOption() {
        assertThat(gateway.check(ProviderSettings.Environment.TEST, Map.of("productCode", "LAST_TEN"),
                Map.of("traderCode", "12345678"))).extracting(com.orderdesk.shared.FieldError::field)
                .containsExactlyInAnyOrder("credentials.traderCode", "options.productCode");
        assertThat(gateway.check(ProviderSettings.Environment.TEST, Map.of("productCode", "FIRST_TEN",
                "onlyGroupMembers", "true"), Map.of("traderCode", "123456789"))).isEmpty();
    }
}
