package com.orderdesk.payment.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.orderdesk.payment.PaymentTestConfiguration;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gmo.GmoProvider;
import com.orderdesk.payment.internal.PaymentMethodCatalog;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(PaymentTestConfiguration.class)
class PaymentMethodAdminIntegrationTests extends IntegrationTestSupport {

    private static final String METHODS = "/api/admin/payment-methods";

    @Autowired
    PaymentMethodCatalog catalog;

    private Response create(Map<String, Object> body) {
        return api.asOperator().post(METHODS, body);
    }

    @Test
    void createsShowsAndListsMethodsInSortOrder() {
        Response created = create(PaymentMethods.deferred("DEFERRED"));
        create(PaymentMethods.card("CARD"));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/admin/payment-methods/DEFERRED");
        Response shown = api.asOperator().get(METHODS + "/DEFERRED");
        assertThat(shown.json().at("/name").asString()).isEqualTo("後払い");
        assertThat(shown.json().at("/provider").asString()).isEqualTo(ScriptedGateway.CODE.name());
        assertThat(shown.json().at("/enabled").asBoolean()).isTrue();
        assertThat(shown.json().at("/fee/type").asString()).isEqualTo("BANDS");
        assertThat(shown.json().at("/fee/bands/1/fromAmount").asLong()).isEqualTo(10_000);
        assertThat(shown.json().at("/fee/bands/1/fee").asLong()).isEqualTo(440);
        assertThat(shown.json().at("/maxAmount").asLong()).isEqualTo(50_000);
        assertThat(shown.json().at("/deliveryMethods/0").asString()).isEqualTo("YAMATO");
        assertThat(shown.json().at("/emailTitle").asString()).isEqualTo("お支払いについて");

        Response listed = api.asOperator().get(METHODS);
        assertThat(listed.json().size()).isEqualTo(2);
        assertThat(listed.json().at("/0/code").asString()).isEqualTo("CARD");
        assertThat(listed.json().at("/1/code").asString()).isEqualTo("DEFERRED");
    }

    @Test
    void theCatalogGivesThePaymentCoreTheMethodsProviderAndOptions() {
        Map<String, Object> card = PaymentMethods.card("CARD");
        card.put("captureImmediately", true);
        card.put("options", Map.of("tds2", "true"));
        create(card);

        assertThat(catalog.find("CARD")).hasValueSatisfying(definition -> {
            assertThat(definition.provider()).isEqualTo(GmoProvider.CODE);
            assertThat(definition.captureImmediately()).isTrue();
            assertThat(definition.options()).containsEntry("tds2", "true");
            assertThat(definition.completionText()).isEqualTo("カード決済を受け付けました。");
        });
        assertThat(catalog.find("NOPE")).isEmpty();
    }

    @Test
    void aPutReplacesEverythingButTheCode() {
        create(PaymentMethods.deferred("DEFERRED"));
        Map<String, Object> changed = PaymentMethods.card("DEFERRED");
        changed.put("name", "カード（変更）");

        Response replaced = api.asOperator().put(METHODS + "/DEFERRED", changed);

        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().at("/name").asString()).isEqualTo("カード（変更）");
        assertThat(replaced.json().at("/fee/type").asString()).isEqualTo("FIXED");
        assertThat(replaced.json().at("/fee/amount").asLong()).isEqualTo(330);
        assertThat(replaced.json().at("/deliveryMethods").size()).isZero();
        assertThat(replaced.json().at("/maxAmount").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_method_fee_bands", Long.class)).isZero();

        Response renamed = api.asOperator().put(METHODS + "/DEFERRED", PaymentMethods.card("OTHER"));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().at("/errors/0/field").asString()).isEqualTo("code");
        assertThat(api.asOperator().put(METHODS + "/NOPE", PaymentMethods.card("NOPE"), "If-Match", "*").status())
                .isEqualTo(404);
    }

    @Test
    void deleteDisablesTheMethodAndKeepsItsCode() {
        create(PaymentMethods.card("CARD"));

        assertThat(api.asOperator().delete(METHODS + "/CARD").status()).isEqualTo(204);

        Response shown = api.asOperator().get(METHODS + "/CARD");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().at("/enabled").asBoolean()).isFalse();
        assertThat(create(PaymentMethods.card("CARD")).status()).as("codes are never reused").isEqualTo(409);
        assertThat(catalog.find("CARD")).as("payments of old orders still find it").isPresent();
        assertThat(api.asOperator().delete(METHODS + "/NOPE").status()).isEqualTo(404);
    }

    @Test
    void invalidMethodsAreRefusedNamingTheField() {
        Map<String, Object> badCode = PaymentMethods.card("CARD 1");
        assertThat(create(badCode).json().at("/errors/0/field").asString()).isEqualTo("code");

        Map<String, Object> noName = PaymentMethods.card("CARD");
        noName.remove("name");
        assertThat(create(noName).json().at("/errors/0/field").asString()).isEqualTo("name");

        Map<String, Object> noProvider = PaymentMethods.card("CARD");
        noProvider.put("provider", "STRIPE");
        assertThat(create(noProvider).json().at("/errors/0/field").asString()).isEqualTo("provider");

        Map<String, Object> badBands = PaymentMethods.card("CARD");
        badBands.put("fee", Map.of("type", "BANDS", "taxCategory", "STANDARD_10", "bands", List.of(
                Map.of("fromAmount", 100, "fee", 330), Map.of("fromAmount", 100, "fee", 440))));
        Response refused = create(badBands);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors").toString())
                .contains("fee.bands[0].fromAmount", "fee.bands[1].fromAmount");

        Map<String, Object> fixedWithoutAmount = PaymentMethods.card("CARD");
        fixedWithoutAmount.put("fee", Map.of("type", "FIXED", "taxCategory", "STANDARD_10"));
        assertThat(create(fixedWithoutAmount).json().at("/errors/0/field").asString()).isEqualTo("fee.amount");

        Map<String, Object> untyped = PaymentMethods.card("CARD");
        untyped.put("fee", Map.of("amount", 330, "taxCategory", "STANDARD_10"));
        assertThat(create(untyped).json().at("/errors/0/field").asString()).isEqualTo("fee.type");

        Map<String, Object> inverted = PaymentMethods.card("CARD");
        inverted.put("minAmount", 5000);
        inverted.put("maxAmount", 1000);
        assertThat(create(inverted).json().at("/errors/0/field").asString()).isEqualTo("maxAmount");

        Map<String, Object> negative = PaymentMethods.card("CARD");
        negative.put("minAmount", -1);
        assertThat(create(negative).json().at("/errors/0/field").asString()).isEqualTo("minAmount");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_methods", Long.class)).isZero();
    }

    @Test
    void aMethodWithoutAFeeCostsNothing() {
        Map<String, Object> free = PaymentMethods.card("BANK");
        free.remove("fee");

        Response created = create(free);

        assertThat(created.json().at("/fee/type").asString()).isEqualTo("FIXED");
        assertThat(created.json().at("/fee/amount").asLong()).isZero();
        assertThat(created.json().at("/fee/taxCategory").asString()).isEqualTo("STANDARD_10");
    }

    @Test
    void storefrontKeysCannotManageMethods() {
        assertThat(api.anonymous().get(METHODS).status()).isEqualTo(401);
    }
}
