package com.orderdesk.payment.gateway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.shared.FieldError;
import org.junit.jupiter.api.Test;

/** The kit's form codec: the charset preflight, byte-level percent-decoding, masking. */
class FormCodecTests {

    private final FormCodec codec = new FormCodec("Provider X", FormCodec.WINDOWS_31J, Set.of("Pass"),
            Map.of("MemberName", "customer.name"));

    @Test
    void aCharacterTheCharsetCannotCarryIsRefusedNamingTheFieldInsteadOfSentAsQuestionMark() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("OrderID", "OD-1-1");
        fields.put("MemberName", "山田 😀");

        assertThatThrownBy(() -> codec.encode(fields)).isInstanceOfSatisfying(RequestNotSendable.class, refused -> {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("customer.name");
            assertThat(refused.getMessage()).contains("U+1F600").contains("windows-31j").contains("nothing was sent");
        });
    }

    @Test
    void unlabelledFieldsAreNamedAsTheProviderSpellsThemAndSecretsAreNeverShown() {
        assertThatThrownBy(() -> codec.encode(Map.of("Pass", "pw😀")))
                .isInstanceOfSatisfying(RequestNotSendable.class, refused -> {
                    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("Pass");
                    assertThat(refused.getMessage()).doesNotContain("pw");
                });
        assertThatThrownBy(() -> codec.encode(Map.of("Memo", "a\u0007b"))).isInstanceOf(RequestNotSendable.class);
    }

    @Test
    void windows31jCarriesWhatShoppersTypeAndItRoundTrips() {
        Map<String, String> fields = Map.of("MemberName", "髙橋①～");

        byte[] body = codec.encode(fields);

        assertThat(new String(body, StandardCharsets.US_ASCII)).doesNotContain("?");
        assertThat(codec.decode(body)).containsEntry("MemberName", "髙橋①～");
    }

    @Test
    void aJisFormCharacterWithAStandardCp932TwinIsSentAsTheTwinNotRefused() {
        byte[] body = codec.encode(Map.of("MemberName", "10〜12時 −5"));

        assertThat(codec.decode(body)).containsEntry("MemberName", "10～12時 －5");
    }

    @Test
    void percentDecodingWorksOnBytesSoAnUnencodedSecondByteSurvives() {
        assertThat(codec.decode("memo=%83e%83X%83g".getBytes(StandardCharsets.US_ASCII))).containsEntry("memo", "テスト");
    }

    @Test
    void aBodyThatIsNotAFormIsMalformed() {
        assertThatThrownBy(() -> codec.decode("<html/>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(MalformedReply.class);
        assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(MalformedReply.class);
    }

    @Test
    void maskedTextHidesSecretValues() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Id", "shop");
        fields.put("Pass", "secret");
        assertThat(codec.masked(fields)).isEqualTo("Id=shop&Pass=****");
    }
}
