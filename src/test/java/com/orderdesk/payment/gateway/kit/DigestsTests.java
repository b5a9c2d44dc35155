package com.orderdesk.payment.gateway.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The kit's digests against published test vectors. */
class DigestsTests {

    @Test
    void sha256IsLowerCaseHex() {
        // FIPS 180-2 test vector for "abc".
        assertThat(Digests.sha256Hex("abc", StandardCharsets.US_ASCII))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hmacSha256MatchesRfc4231() {
        // RFC 4231 test case 2.
        assertThat(Digests.hmacSha256Hex("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
