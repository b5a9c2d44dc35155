package com.orderdesk.payment.gmo.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.gmo.wire.GmoReply.GmoError;
import org.junit.jupiter.api.Test;

/** GMO's key=value encoding, ErrCode/ErrInfo pipe lists, readable messages and their meaning for the money. */
class GmoWireFormatTests {

    /** Plain Shift_JIS would send {@code ?} for ～ and ①; Windows-31J keeps them. */
    @Test
    void encodesInWindows31JAndDecodesBack() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MemberName", "山田 太郎～①");
        fields.put("OrderID", "OD-1");

        byte[] body = GmoForm.encode(fields);

        assertThat(new String(body, GmoForm.CHARSET)).isEqualTo("MemberName=%8E%52%93%63+%91%BE%98%59%81%60%87%40&OrderID=OD-1");
        assertThat(GmoForm.decode(body)).containsExactlyEntriesOf(fields);
    }

    @Test
    void aRawRedirectUrlWithItsOwnAmpersandsIsReadWhole() {
        Map<String, String> fields = GmoForm.decode("ACS=2&RedirectUrl=https://pt01.example/callback?transId=ab12&t=x=y"
                .getBytes(GmoForm.CHARSET));

        assertThat(fields).containsEntry("ACS", "2")
                .containsEntry("RedirectUrl", "https://pt01.example/callback?transId=ab12&t=x=y").doesNotContainKey("t");
    }

    @Test
    void rawValuesAsGmoWritesThemAreRead() {
        assertThat(GmoForm.decode("MemberID=taro@example.jp&MemberName=John Smith".getBytes(GmoForm.CHARSET)))
                .containsEntry("MemberID", "taro@example.jp").containsEntry("MemberName", "John Smith");
    }

    @Test
    void emptyValuesAndPipesSurvive() {
        assertThat(GmoForm.decode("ACS=0&PayTimes=&CardSeq=0|1".getBytes(GmoForm.CHARSET)))
                .containsEntry("PayTimes", "").containsEntry("CardSeq", "0|1");
    }

    @Test
    void htmlOrEmptyBodiesAreMalformed() {
        assertThatThrownBy(() -> GmoForm.decode("<html>error</html>".getBytes(GmoForm.CHARSET)))
                .isInstanceOf(MalformedGmoReply.class);
        assertThatThrownBy(() -> GmoForm.decode(" \n".getBytes(GmoForm.CHARSET))).isInstanceOf(MalformedGmoReply.class);
    }

    @Test
    void maskedTextHidesSecretsAndCardData() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ShopID", "tshop00000001");
        fields.put("ShopPass", "sandboxpass");
        fields.put("AccessPass", "ffee");
        fields.put("Token", "tok-secret");
        fields.put("SitePass", "sp");
        fields.put("CardNo", "4111111111111111");
        fields.put("Amount", "1500");

        assertThat(GmoForm.masked(fields)).isEqualTo("ShopID=tshop00000001&ShopPass=****&AccessPass=****&Token=****"
                + "&SitePass=****&CardNo=****&Amount=1500");
    }

    @Test
    void pipeListsLineUpOneToOne() {
        GmoReply reply = GmoReply.of(GmoForm.decode("ErrCode=E01|E01|E01&ErrInfo=E01090008|E01100008|E01110002"
                .getBytes(GmoForm.CHARSET)));

        assertThat(reply.failed()).isTrue();
        assertThat(reply.errors()).containsExactly(new GmoError("E01", "E01090008"), new GmoError("E01", "E01100008"),
                new GmoError("E01", "E01110002"));
        assertThat(reply.errorCodes()).isEqualTo("E01|E01|E01/E01090008|E01100008|E01110002");
        assertThat(reply.errorMessage()).isEqualTo("E01090008: 入力パラメータエラー (invalid input); "
                + "E01100008: 入力パラメータエラー (invalid input); "
                + "E01110002: 指定された取引が存在しません (no transaction for this AccessID/AccessPass)");
    }

    @Test
    void successfulAnswerHasNoErrors() {
        GmoReply reply = GmoReply.of(Map.of("AccessID", "a", "ErrCode", ""));

        assertThat(reply.failed()).isFalse();
        assertThat(reply.required("AccessID")).isEqualTo("a");
        assertThatThrownBy(() -> reply.required("AccessPass")).isInstanceOf(MalformedGmoReply.class)
                .hasMessageContaining("AccessPass");
    }

    @Test
    void unknownCodesStillNameTheCode() {
        assertThat(GmoErrorMessages.describe(new GmoError("E61", "E61010002"))).startsWith("E61010002: ")
                .contains("contract");
        assertThat(GmoErrorMessages.describe(new GmoError("Z99", "Z99000001")))
                .isEqualTo("Z99000001: 不明なエラー (unknown GMO-PG error)");
        assertThat(GmoErrorMessages.describe(new GmoError("42C", "42C120000"))).contains("try later");
    }

    @Test
    void categoriesFollowTheErrorTable() {
        assertThat(category("42G", "42G120000")).isEqualTo(GmoErrorCategory.DECLINED);
        assertThat(category("EX1", "EX1000301")).isEqualTo(GmoErrorCategory.DECLINED);
        assertThat(category("E41", "E41170099")).isEqualTo(GmoErrorCategory.DECLINED);
        assertThat(category("E21", "E21020002")).isEqualTo(GmoErrorCategory.DECLINED);
        assertThat(category("E01", "E01040013")).isEqualTo(GmoErrorCategory.REFUSED);
        assertThat(category("E11", "E11010010")).isEqualTo(GmoErrorCategory.REFUSED);
        assertThat(category("42C", "42C010000")).isEqualTo(GmoErrorCategory.REFUSED);
        assertThat(category("E90", "E90010001")).isEqualTo(GmoErrorCategory.OUTCOME_UNKNOWN);
        assertThat(category("E91", "E91029999")).isEqualTo(GmoErrorCategory.OUTCOME_UNKNOWN);
        assertThat(category("E92", "E92000001")).isEqualTo(GmoErrorCategory.BUSY);
    }

    @Test
    void theMostCautiousCategoryOfSeveralWins() {
        assertThat(GmoErrorCategory.of(List.of(new GmoError("E01", "E01060005"), new GmoError("42G", "42G650000"))))
                .isEqualTo(GmoErrorCategory.DECLINED);
        assertThat(GmoErrorCategory.of(List.of(new GmoError("42G", "42G650000"), new GmoError("E91", "E91099999"))))
                .isEqualTo(GmoErrorCategory.OUTCOME_UNKNOWN);
    }

    private static GmoErrorCategory category(String code, String info) {
        return GmoErrorCategory.of(List.of(new GmoError(code, info)));
    }

    @Test
    void searchCardWithMisalignedColumnsIsMalformed() {
        GmoReply reply = GmoReply.of(Map.of("CardSeq", "0|1", "CardNo", "*1111"));

        assertThatThrownBy(() -> SearchCardResponse.from(reply)).isInstanceOf(MalformedGmoReply.class);
    }
}
