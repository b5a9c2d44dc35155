package com.orderdesk.payment.internal.methods;

import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.PaymentMethodChoice;
import com.orderdesk.payment.PaymentMethodChoices;
import com.orderdesk.payment.StoredCardChoice;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.StoredCards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@link PaymentMethodChoices} over the shop's payment methods (支払方法設定). */
@Component
class EnabledPaymentMethods implements PaymentMethodChoices {

    private final PaymentMethodAdministration methods;
    private final PaymentGateways gateways;
    private final ObjectProvider<ProviderSettingsLookup> settings;

    EnabledPaymentMethods(PaymentMethodAdministration methods, PaymentGateways gateways,
            ObjectProvider<ProviderSettingsLookup> settings) {
        this.methods = methods;
        this.gateways = gateways;
        this.settings = settings;
    }

    @Override
    public List<PaymentMethodChoice> enabled() {
        return methods.list().stream().filter(PaymentMethodView::enabled)
                .map(method -> new PaymentMethodChoice(method.code(), method.name(), method.provider())).toList();
    }

    /** The customer's OrderDesk id is their member id at the provider, as the payment start passes it on. */
    @Override
    public List<StoredCardChoice> storedCards(String paymentMethodCode, UUID customerId) {
        var provider = methods.get(paymentMethodCode).provider();
        return gateways.feature(provider, StoredCards.class)
                .map(cards -> cards.list(customerId.toString(), settings.getObject().settingsFor(provider)).stream()
                        .map(card -> new StoredCardChoice(card.cardId(), card.maskedNumber(), card.expiry(),
                                card.isDefault()))
                        .toList())
                .orElse(List.of());
    }
}
