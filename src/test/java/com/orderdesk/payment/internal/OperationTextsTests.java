package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;

/** History lines of provider operations: the operators' words, and no secrets echoed by providers. */
class OperationTextsTests {

    @Test
    void describesTheOperationAsOperatorsSayIt() {
        assertThat(OperationTexts.line(ScriptedGateway.CODE, false, OperationKind.CAPTURE, 1500, GatewayOutcome.SUCCEEDED,
                null, null)).isEqualTo("テスト決済 実売上 1,500円 by system: 成功");
        assertThat(OperationTexts.line(ScriptedGateway.CODE, false, OperationKind.CROSS_MONTH_RETURN, 1500,
                GatewayOutcome.DECLINED, "E01", "no")).isEqualTo("テスト決済 月跨返品 1,500円 by system: 拒否 (E01 no)");
    }

    @Test
    void aStoreRegistrationIsNoCardAuthorization() {
        assertThat(OperationTexts.line(ScriptedGateway.CODE, true, OperationKind.AUTHORIZE, 3830, GatewayOutcome.PENDING,
                null, null)).isEqualTo("テスト決済 決済登録 3,830円 by system: 受付(結果待ち)");
        assertThat(OperationTexts.line(ScriptedGateway.CODE, false, OperationKind.AUTHORIZE, 3830,
                GatewayOutcome.SUCCEEDED, null, null)).contains("仮売上");
    }

    @Test
    void masksCardNumbersTokensAndPasswordsInProviderMessages() {
        String masked = OperationTexts.mask("card 4111111111111111 rejected; Token=tok_abc&ShopPass=pw123 key=k1");

        assertThat(masked).doesNotContain("4111111111111111", "tok_abc", "pw123", "k1")
                .contains("card **** rejected", "Token=****", "ShopPass=****", "key=****");
    }
}
