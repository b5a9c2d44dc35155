package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;

/** History lines of provider operations: the operators' words, and no secrets echoed by providers. */
class OperationTextsTests {

    @Test
    void describesTheOperationAsOperatorsSayIt() {
        assertThat(OperationTexts.line(ProviderCode.GMO_PG, OperationKind.CAPTURE, 1500, GatewayOutcome.SUCCEEDED,
                null, null)).isEqualTo("GMO-PG 実売上 1,500円 by system: 成功");
        assertThat(OperationTexts.line(ProviderCode.GMO_PG, OperationKind.CROSS_MONTH_RETURN, 1500,
                GatewayOutcome.DECLINED, "E01", "no")).isEqualTo("GMO-PG 月跨返品 1,500円 by system: 拒否 (E01 no)");
    }

    @Test
    void masksCardNumbersTokensAndPasswordsInProviderMessages() {
        String masked = OperationTexts.mask("card 4111111111111111 rejected; Token=tok_abc&ShopPass=pw123 key=k1");

        assertThat(masked).doesNotContain("4111111111111111", "tok_abc", "pw123", "k1")
                .contains("card **** rejected", "Token=****", "ShopPass=****", "key=****");
    }
}
