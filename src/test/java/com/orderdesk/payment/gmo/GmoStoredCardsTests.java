package com.orderdesk.payment.gmo;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.payment.gateway.StoredCards.StoredCard;
import com.orderdesk.shared.NotFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stored cards (member + card at GMO-PG) and the operators' card API, against WireMock; no Spring context. */
class GmoStoredCardsTests {

    private static final String MEMBER = "2f1c6a0e-8d1b-4e57-9b35-0c8e1d2f3a4b";
    private static final String TWO_CARDS = "CardSeq=0|1&DefaultFlag=1|0&CardName=|&CardNo=*************1111|"
            + "************4242&Expire=2812|2706&HolderName=TARO YAMADA|&DeleteFlag=0|0";

    private final WireMockServer gmo = new WireMockServer(wireMockConfig().dynamicPort());
    private GmoPaymentGateway gateway;
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        gmo.start();
        settings = GmoFixtures.settings(gmo.baseUrl());
        gateway = new GmoPaymentGateway(GmoFixtures.client(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        gmo.stop();
    }

    private void stub(String api, String body) {
        gmo.stubFor(post(urlEqualTo("/payment/" + api + ".idPass")).willReturn(ok(body)));
    }

    @Test
    void listReadsThePipeJoinedCardsMaskedWithExpiry() {
        stub("SearchCard", TWO_CARDS);

        List<StoredCard> cards = gateway.list(MEMBER, settings);

        assertThat(cards).containsExactly(new StoredCard("0", "*************1111", "12/28", true),
                new StoredCard("1", "************4242", "06/27", false));
        gmo.verify(postRequestedFor(urlEqualTo("/payment/SearchCard.idPass"))
                .withRequestBody(containing("SiteID=tsite00000001&SitePass=sandboxsitepass&MemberID=" + MEMBER)));
    }

    @Test
    void deletedCardsAreNotListed() {
        stub("SearchCard", "CardSeq=0|1&DefaultFlag=0|0&CardNo=*1111|*4242&Expire=2812|2706&DeleteFlag=1|0");

        assertThat(gateway.list(MEMBER, settings)).extracting(StoredCard::cardId).containsExactly("1");
    }

    @Test
    void noMemberOrNoCardIsAnEmptyList() {
        stub("SearchCard", "ErrCode=E01&ErrInfo=E01390002");
        assertThat(gateway.list(MEMBER, settings)).isEmpty();

        stub("SearchCard", "ErrCode=E01&ErrInfo=E01240002");
        assertThat(gateway.list(MEMBER, settings)).isEmpty();
    }

    @Test
    void storingCreatesTheMemberFirstWhenMissing() {
        stub("SearchMember", "ErrCode=E01&ErrInfo=E01390002");
        stub("SaveMember", "MemberID=" + MEMBER);
        stub("SaveCard", "CardSeq=1&CardNo=************4242&Forward=2a99662");
        stub("SearchCard", TWO_CARDS);

        StoredCard card = gateway.store(MEMBER, "山田 太郎", "tok-card", "TARO YAMADA", settings);

        assertThat(card).isEqualTo(new StoredCard("1", "************4242", "06/27", false));
        gmo.verify(1, postRequestedFor(urlEqualTo("/payment/SaveMember.idPass")));
        gmo.verify(postRequestedFor(urlEqualTo("/payment/SaveCard.idPass"))
                .withRequestBody(containing("MemberID=" + MEMBER + "&DefaultFlag=1&Token=tok-card&HolderName=TARO+YAMADA")));
    }

    @Test
    void aHolderNameGmosCharsetCannotCarryIsRefusedNamingTheFieldAndNoCardIsSent() {
        stub("SearchMember", "MemberID=" + MEMBER + "&MemberName=&DeleteFlag=0");

        assertThatThrownBy(() -> gateway.store(MEMBER, MEMBER, "tok-card", "TARO 😀", settings))
                .isInstanceOfSatisfying(RequestNotSendable.class, refused -> {
                    assertThat(refused.status()).isEqualTo(422);
                    assertThat(refused.errors()).singleElement().satisfies(error ->
                            assertThat(error.field()).isEqualTo("holderName"));
                });
        gmo.verify(0, postRequestedFor(urlEqualTo("/payment/SaveCard.idPass")));
    }

    @Test
    void storingForAnExistingMemberSkipsSaveMember() {
        stub("SearchMember", "MemberID=" + MEMBER + "&MemberName=&DeleteFlag=0");
        stub("SaveCard", "CardSeq=0&CardNo=*************1111");
        stub("SearchCard", TWO_CARDS);

        gateway.store(MEMBER, MEMBER, "tok-card", settings);

        gmo.verify(0, postRequestedFor(urlEqualTo("/payment/SaveMember.idPass")));
        gmo.verify(postRequestedFor(urlEqualTo("/payment/SaveCard.idPass"))
                .withRequestBody(notContaining("DefaultFlag")));
    }

    @Test
    void storedCardIsReportedEvenWhenTheFollowUpLookUpFails() {
        stub("SearchMember", "MemberID=" + MEMBER);
        stub("SaveCard", "CardSeq=3&CardNo=************4242");
        stub("SearchCard", "ErrCode=E91&ErrInfo=E91099999");

        StoredCard card = gateway.store(MEMBER, MEMBER, "tok-card", settings);

        assertThat(card).isEqualTo(new StoredCard("3", "************4242", "", false));
    }

    @Test
    void refusedTokenIsAProblemWithTheGmoCode() {
        stub("SearchMember", "MemberID=" + MEMBER);
        stub("SaveCard", "ErrCode=EX1&ErrInfo=EX1000301");

        assertThatThrownBy(() -> gateway.store(MEMBER, MEMBER, "used", settings))
                .isInstanceOfSatisfying(GmoRequestRefused.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("EX1000301");
                    assertThat(e.properties()).containsEntry("providerCode", "EX1/EX1000301");
                });
    }

    @Test
    void deleteSendsTheCardSeqAndAMissingCardIsNotFound() {
        stub("DeleteCard", "CardSeq=1");
        gateway.delete(MEMBER, "1", settings);
        gmo.verify(postRequestedFor(urlEqualTo("/payment/DeleteCard.idPass")).withRequestBody(containing("CardSeq=1")));

        stub("DeleteCard", "ErrCode=E01&ErrInfo=E01240002");
        assertThatThrownBy(() -> gateway.delete(MEMBER, "9", settings)).isInstanceOf(NotFound.class);
    }
}
