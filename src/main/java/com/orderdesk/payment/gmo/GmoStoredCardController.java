package com.orderdesk.payment.gmo;

import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.StoredCards.StoredCard;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of a customer's cards stored at GMO-PG ({@code /api/admin}, so operator-only).
 * The customer's OrderDesk id is the GMO MemberID; a card is added with a one-time token from
 * GMO's browser script, and only the masked number and expiry are ever shown.
 */
@RestController
@RequestMapping("/api/admin/customers/{customerRef}/cards")
class GmoStoredCardController {

    private final GmoPaymentGateway gateway;
    private final ObjectProvider<ProviderSettingsLookup> settings;

    GmoStoredCardController(GmoPaymentGateway gateway, ObjectProvider<ProviderSettingsLookup> settings) {
        this.gateway = gateway;
        this.settings = settings;
    }

    @GetMapping
    List<CardView> list(@PathVariable String customerRef) {
        return gateway.list(memberId(customerRef), settings()).stream().map(CardView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CardView store(@PathVariable String customerRef, @RequestBody StoreCard body) {
        if (body.token() == null || body.token().isBlank()) {
            throw new InvalidInput("token", "must be the one-time token from GMO-PG's card script");
        }
        String memberId = memberId(customerRef);
        String holderName = body.holderName() == null || body.holderName().isBlank() ? null : body.holderName().strip();
        return CardView.of(gateway.store(memberId, holderName == null ? memberId : holderName, body.token(), holderName,
                settings()));
    }

    @DeleteMapping("/{cardId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String customerRef, @PathVariable String cardId) {
        gateway.delete(memberId(customerRef), cardId, settings());
    }

    private ProviderSettings settings() {
        return settings.getObject().settingsFor(GmoProvider.CODE);
    }

    private static String memberId(String customerRef) {
        try {
            return UUID.fromString(customerRef).toString();
        }
        catch (IllegalArgumentException e) {
            throw new InvalidInput("customerRef", "must be the customer's id (a UUID)");
        }
    }

    /** The request to store a card: GMO's one-time token and, optionally, the name on the card. */
    record StoreCard(@Nullable String token, @Nullable String holderName) {
    }

    /** A stored card as operators see it: never the full number. */
    record CardView(String cardId, String maskedNumber, String expiry, boolean isDefault) {

        static CardView of(StoredCard card) {
            return new CardView(card.cardId(), card.maskedNumber(), card.expiry(), card.isDefault());
        }
    }
}
