package com.orderdesk.payment.kakebarai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.orderdesk.payment.kakebarai.KakebaraiFixtures.error;
import static com.orderdesk.payment.kakebarai.KakebaraiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.orderdesk.customer.BuyerApplication;
import com.orderdesk.customer.ScreeningAnswer;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.kakebarai.wire.KakebaraiForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** kakebarai's buyer calls (AN050 usage, AN060 registration, AN070 screening status) against WireMock. */
class KakebaraiBuyerScreeningTests {

    private final WireMockServer yamato = new WireMockServer(wireMockConfig().dynamicPort());
    private ProviderSettings.Environment environment = ProviderSettings.Environment.TEST;
    private KakebaraiBuyerScreening screening;

    @BeforeEach
    void start() {
        yamato.start();
        screening = new KakebaraiBuyerScreening(KakebaraiFixtures.client(), provider -> new ProviderSettings(true,
                environment, yamato.baseUrl(), Map.of("traderCode", KakebaraiFixtures.TRADER_CODE, "password",
                        KakebaraiFixtures.PASSWORD), Map.of()));
    }

    @AfterEach
    void stop() {
        yamato.stop();
    }

    private Map<String, String> sent(String api) {
        return KakebaraiForm.CODEC.decode(yamato.findAll(postRequestedFor(urlEqualTo("/" + api + "APIAction.action")))
                .getLast().getBody());
    }

    static BuyerApplication soleProprietor() {
        return new BuyerApplication(BuyerApplication.CompanyType.SOLE_PROPRIETOR, null, null, "山田商店", "ヤマダショウテン",
                null, null, "150-0001", "東京都渋谷区神宮前１－２－３", "03-1234-5678", "090-1234-5678", "5811", null,
                "201504", null, 3000L, 3, new BuyerApplication.Representative("山田", "太郎", "ヤマダ", "タロウ", "150-0001",
                        "東京都渋谷区神宮前１－２－３"),
                new BuyerApplication.InvoiceDestination(BuyerApplication.InvoiceDestination.Kind.OTHER, "160-0022",
                        "東京都新宿区新宿１－１－１", "山田商店 経理部", "山田 花子", "経理部", "03-9876-5432"),
                BuyerApplication.PaymentMethod.ACCOUNT_TRANSFER);
    }

    @Test
    void anApplicationGoesAsAn060WithTheAddOnsFieldNames() {
        yamato.stubFor(post(urlEqualTo("/AN060APIAction.action")).willReturn(ok()));

        ScreeningAnswer answer = screening.apply("OD0123456789ABCDEF01", soleProprietor());

        assertThat(answer.outcome()).isEqualTo(ScreeningAnswer.Outcome.ANSWERED);
        assertThat(sent("AN060")).containsEntry("cId", "OD0123456789ABCDEF01").containsEntry("hjkjKbn", "2")
                .doesNotContainKey("houjinKaku").containsEntry("sMei", "山田商店").containsEntry("sMeikana", "ヤマダショウテン")
                .containsEntry("ybnNo", "1500001").containsEntry("Adress", "東京都渋谷区神宮前１－２－３")
                .containsEntry("telNo", "03-1234-5678").containsEntry("keitaiNo", "090-1234-5678")
                .containsEntry("gyscod1", "5811").containsEntry("setsurituNgt", "201504").containsEntry("nsyo", "3000")
                .containsEntry("kmssyainsu", "3").containsEntry("daikjmeiSei", "山田").containsEntry("daiknameiMei", "タロウ")
                .containsEntry("daiYbnno", "1500001").containsEntry("daiAddress", "東京都渋谷区神宮前１－２－３")
                .containsEntry("szUmu", "0").containsEntry("sqssfKbn", "9").containsEntry("sqYbnno", "1600022")
                .containsEntry("sofuKnjnam", "山田商店 経理部").containsEntry("kmsTelno", "03-9876-5432")
                .containsEntry("shrhohKbn", "8").containsEntry("traderCode", KakebaraiFixtures.TRADER_CODE);
    }

    @Test
    void aRefusedApplicationComesBackWithTheProvidersCode() {
        yamato.stubFor(post(urlEqualTo("/AN060APIAction.action")).willReturn(error("F360004")));

        ScreeningAnswer answer = screening.apply("OD0123456789ABCDEF01", soleProprietor());

        assertThat(answer.outcome()).isEqualTo(ScreeningAnswer.Outcome.REFUSED);
        assertThat(answer.errorCode()).isEqualTo("F360004");
        assertThat(answer.message()).contains("AN060").contains("two hyphens");
    }

    @Test
    void theScreeningStatusIsKeptInTheProtocolsOwnWords() {
        for (String word : new String[] {"ご利用可", "申込不備", "ご利用不可", "取消", "限度額変更", "審査中(新)"}) {
            yamato.stubFor(post(urlEqualTo("/AN070APIAction.action")).willReturn(ok("judgeStatus", word)));

            ScreeningAnswer answer = screening.screeningStatus("1111");

            assertThat(answer.status()).isEqualTo(word);
            assertThat(answer.approved()).as(word).isEqualTo(word.equals("ご利用可") || word.equals("限度額変更"));
            assertThat(answer.settled()).as(word).isEqualTo(!word.equals("申込不備") && !word.equals("審査中(新)"));
        }
        assertThat(sent("AN070")).containsEntry("buyerId", "1111");
    }

    @Test
    void availabilityIsAn050WithTheLineAndTheUsedAmount() {
        yamato.stubFor(post(urlEqualTo("/AN050APIAction.action")).willReturn(ok("useUsable", "利用可",
                "useOverLimit", "600000", "usePayment", "120000")));

        ScreeningAnswer answer = screening.availability("2222");

        assertThat(answer.status()).isEqualTo("利用可");
        assertThat(answer.approved()).isTrue();
        assertThat(answer.details()).containsEntry("useOverLimit", "600000").containsEntry("usePayment", "120000");

        yamato.stubFor(post(urlEqualTo("/AN050APIAction.action")).willReturn(ok("useUsable", "利用不可")));
        assertThat(screening.availability("2222").approved()).isFalse();

        yamato.stubFor(post(urlEqualTo("/AN050APIAction.action")).willReturn(error("E050003")));
        ScreeningAnswer notRegistered = screening.availability("2222");
        assertThat(notRegistered.outcome()).as("the add-on treats E050003 as no error").isEqualTo(ScreeningAnswer.Outcome.ANSWERED);
        assertThat(notRegistered.approved()).isFalse();
    }

    @Test
    void aLostReadIsRetriedOnceAndThenUnreachable() {
        yamato.stubFor(post(urlEqualTo("/AN070APIAction.action")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ScreeningAnswer answer = screening.screeningStatus("1111");

        assertThat(answer.outcome()).isEqualTo(ScreeningAnswer.Outcome.UNREACHABLE);
        assertThat(yamato.findAll(postRequestedFor(urlEqualTo("/AN070APIAction.action")))).hasSize(2);
    }

    @Test
    void testBuyersAreLinkedByEmailOnlyOutsideProduction() {
        assertThat(screening.presetBuyerId("3333@cs-cart.jp")).contains("3333");
        assertThat(screening.presetBuyerId("4444@example.jp")).contains("4444");
        assertThat(screening.presetBuyerId("5555@example.jp")).isEmpty();
        assertThat(screening.presetBuyerId("x1111@example.jp")).isEmpty();

        environment = ProviderSettings.Environment.PRODUCTION;
        assertThat(screening.presetBuyerId("1111@cs-cart.jp")).as("an ordinary customer in production").isEmpty();
    }

    @Test
    void buyerIdsAreTwentyCharactersAtMost() {
        assertThat(screening.buyerIdFor(KakebaraiFixtures.CUSTOMER)).isEqualTo(KakebaraiFixtures.BUYER).hasSize(20)
                .matches("[0-9A-Z]+");
    }
}
