package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProviderCodeTests {

    private static final ProviderCode DECLARED = ProviderCode.declare("CODE_TEST_ONE", "code-test-one", "テスト一");

    @Test
    void aStoredNameEqualsTheDeclaredCodeAndKeepsItsSlugAndDisplayName() {
        ProviderCode stored = ProviderCode.stored("CODE_TEST_ONE");

        assertThat(stored).isEqualTo(DECLARED).hasSameHashCodeAs(DECLARED);
        assertThat(stored.slug()).isEqualTo("code-test-one");
        assertThat(stored.displayName()).isEqualTo("テスト一");
        assertThat(ProviderCode.fromSlug("code-test-one")).contains(DECLARED);
        assertThat(ProviderCode.values()).contains(DECLARED);
    }

    @Test
    void anUndeclaredStoredNameStillLoadsWithAFallbackSlug() {
        ProviderCode gone = ProviderCode.stored("REMOVED_PROVIDER");

        assertThat(gone.slug()).isEqualTo("removed-provider");
        assertThat(gone.displayName()).isEqualTo("REMOVED_PROVIDER");
        assertThat(ProviderCode.values()).doesNotContain(gone);
        assertThatThrownBy(() -> ProviderCode.valueOf("REMOVED_PROVIDER"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown payment provider REMOVED_PROVIDER");
    }

    @Test
    void declaringTwiceIsIdempotentButAClashFails() {
        assertThat(ProviderCode.declare("CODE_TEST_ONE", "code-test-one", "テスト一")).isSameAs(DECLARED);
        assertThatThrownBy(() -> ProviderCode.declare("CODE_TEST_ONE", "other-slug", "テスト一"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProviderCode.declare("CODE_TEST_TWO", "gmo-pg", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GMO_PG");
        assertThatThrownBy(() -> ProviderCode.declare("lower", "lower", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonCarriesTheNameAsTheEnumDid() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(DECLARED)).isEqualTo("\"CODE_TEST_ONE\"");
        assertThat(json.readValue("\"CODE_TEST_ONE\"", ProviderCode.class)).isEqualTo(DECLARED);
    }
}
