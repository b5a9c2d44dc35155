package com.orderdesk.shipping.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.order.Order;
import com.orderdesk.shared.UnprocessableRequest;
import com.orderdesk.shipping.Carrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryMethodCheckTests {

    final DeliveryMethodRepository methods = mock(DeliveryMethodRepository.class);
    final DeliveryMethodCheck check = new DeliveryMethodCheck(methods);

    static DeliveryMethod method(String code, Set<String> paymentMethodCodes) {
        return new DeliveryMethod(code, new DeliveryMethodData("宅急便", Carrier.YAMATO, FeeType.FLAT, 800, Map.of(),
                true, true, paymentMethodCodes), Instant.now());
    }

    static Order order(String deliveryMethodCode, String paymentMethodCode) {
        Order order = mock(Order.class);
        when(order.deliveryMethodCode()).thenReturn(deliveryMethodCode);
        when(order.paymentMethodCode()).thenReturn(paymentMethodCode);
        return order;
    }

    @BeforeEach
    void catalogue() {
        when(methods.count()).thenReturn(2L);
        when(methods.findByCode("YAMATO")).thenReturn(Optional.of(method("YAMATO", Set.of("CARD", "ATOBARAI"))));
        when(methods.findByCode("ANY")).thenReturn(Optional.of(method("ANY", Set.of())));
    }

    @Test
    void refusesAPaymentMethodNotEnabledForTheDeliveryMethodNamingPaymentMethodCode() {
        assertThatThrownBy(() -> check.verify(order("YAMATO", "COD"), true))
                .isInstanceOfSatisfying(UnprocessableRequest.class, refused -> {
                    org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(422);
                    org.assertj.core.api.Assertions.assertThat(refused.errors()).singleElement()
                            .satisfies(error -> {
                                org.assertj.core.api.Assertions.assertThat(error.field()).isEqualTo("paymentMethodCode");
                                org.assertj.core.api.Assertions.assertThat(error.message()).contains("ATOBARAI, CARD");
                            });
                });
    }

    @Test
    void acceptsAnEnabledPaymentMethodAndAnyWhenTheMethodListsNone() {
        assertThatCode(() -> check.verify(order("YAMATO", "ATOBARAI"), true)).doesNotThrowAnyException();
        assertThatCode(() -> check.verify(order("ANY", "COD"), true)).doesNotThrowAnyException();
        assertThatCode(() -> check.verify(order(null, "COD"), true)).as("no delivery method chosen").doesNotThrowAnyException();
    }

    @Test
    void refusesAnUnknownCodeButTakesAnyCodeWhileTheCatalogueIsEmpty() {
        when(methods.findByCode("DRONE")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> check.verify(order("DRONE", null), true)).isInstanceOf(UnprocessableRequest.class);

        when(methods.count()).thenReturn(0L);
        assertThatCode(() -> check.verify(order("DRONE", null), true)).doesNotThrowAnyException();
    }

    @Test
    void aRetiredMethodIsRefusedWhenPlacingButAcceptedOnEdits() {
        DeliveryMethod retired = method("OLD", Set.of());
        retired.retire(Instant.now());
        when(methods.findByCode("OLD")).thenReturn(Optional.of(retired));

        assertThatThrownBy(() -> check.verify(order("OLD", null), true)).hasMessageContaining("active");
        assertThatCode(() -> check.verify(order("OLD", null), false)).doesNotThrowAnyException();
    }
}
