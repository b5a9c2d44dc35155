package com.orderdesk.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What the inbox may keep of a notice: declared secret fields masked in every body shape, few headers. */
class StoredNoticeTests {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Set<String> SECRETS = Set.of("ShopPass", "password");

    @Test
    void formPairsAreMaskedByDecodedNameAndEveryOtherByteStays() {
        byte[] body = "Shop%50ass=abc&memo=%83e%83X%83g&password=&raw=\u30c6".getBytes(WINDOWS_31J);

        byte[] stored = StoredNotice.body(body, WINDOWS_31J, "application/x-www-form-urlencoded", SECRETS);

        assertThat(new String(stored, WINDOWS_31J)).isEqualTo("Shop%50ass=****&memo=%83e%83X%83g&password=****&raw=\u30c6");
    }

    @Test
    void jsonMembersAreMaskedAtAnyDepth() {
        byte[] body = "{\"shop\":{\"password\":\"p\",\"id\":\"s1\"},\"list\":[{\"ShopPass\":\"x\"}],\"amount\":1}"
                .getBytes(StandardCharsets.UTF_8);

        String stored = new String(StoredNotice.body(body, StandardCharsets.UTF_8, "application/json", SECRETS),
                StandardCharsets.UTF_8);

        assertThat(stored).isEqualTo("{\"shop\":{\"password\":\"****\",\"id\":\"s1\"},\"list\":[{\"ShopPass\":\"****\"}],\"amount\":1}");
    }

    @Test
    void aBodyOfAnotherShapeNamingASecretIsNotKeptAtAll() {
        byte[] xml = "<notice><password>p</password></notice>".getBytes(StandardCharsets.UTF_8);
        byte[] harmless = "<notice><id>1</id></notice>".getBytes(StandardCharsets.UTF_8);

        assertThat(StoredNotice.body(xml, StandardCharsets.UTF_8, "text/xml", SECRETS)).isEmpty();
        assertThat(StoredNotice.body(harmless, StandardCharsets.UTF_8, "text/xml", SECRETS)).isEqualTo(harmless);
    }

    @Test
    void onlyTheKeptHeadersAndTheProvidersOwnSurvive() {
        Map<String, String> headers = Map.of("content-type", "application/json", "authorization", "Basic x",
                "cookie", "SESSION=1", "x-signature", "sig", "x-forwarded-for", "1.2.3.4", "user-agent", "UA");

        assertThat(StoredNotice.headers(headers, Set.of("x-signature"))).containsOnlyKeys("content-type", "x-signature",
                "user-agent");
    }
}
