package com.orderdesk.payment.web;

import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.gateway.StoredCards.StoredCard;
import com.orderdesk.payment.internal.CustomerCards;
import com.orderdesk.payment.internal.CustomerCards.Scope;
import com.orderdesk.shared.StoreCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's stored cards: operators for any customer ({@code /api/admin}), a storefront for the
 * customers it registered ({@code /api/store}, API key; another store's customer is 404). A card is
 * saved with the one-time token of the card provider's browser script during checkout; only the
 * masked number and expiry are ever shown. Unknown customers are 404 before the provider is asked.
 */
@RestController
class CustomerCardController {

    private final CustomerCards cards;

    CustomerCardController(CustomerCards cards) {
        this.cards = cards;
    }

    /** The request to store a card: the provider's one-time token and, optionally, the name on the card. */
    record StoreCard(@Nullable String token, @Nullable String holderName) {
    }

    /** A stored card as shown: never the full number. */
    record CardView(String cardId, String maskedNumber, String expiry, boolean isDefault) {

        static CardView of(StoredCard card) {
            return new CardView(card.cardId(), card.maskedNumber(), card.expiry(), card.isDefault());
        }
    }

    @GetMapping("/api/admin/customers/{customerId}/cards")
    List<CardView> list(@PathVariable UUID customerId) {
        return cards.list(Scope.operator(), customerId).stream().map(CardView::of).toList();
    }

    @PostMapping("/api/admin/customers/{customerId}/cards")
    @ResponseStatus(HttpStatus.CREATED)
    CardView store(@PathVariable UUID customerId, @RequestBody StoreCard body) {
        return CardView.of(cards.store(Scope.operator(), customerId, body.token(), body.holderName()));
    }

    @DeleteMapping("/api/admin/customers/{customerId}/cards/{cardId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID customerId, @PathVariable String cardId) {
        cards.delete(Scope.operator(), customerId, cardId);
    }

    @GetMapping("/api/store/customers/{customerId}/cards")
    List<CardView> listForStore(@PathVariable UUID customerId) {
        return cards.list(Scope.store(StoreCaller.currentStore()), customerId).stream().map(CardView::of).toList();
    }

    @PostMapping("/api/store/customers/{customerId}/cards")
    @ResponseStatus(HttpStatus.CREATED)
    CardView storeForStore(@PathVariable UUID customerId, @RequestBody StoreCard body) {
        return CardView.of(cards.store(Scope.store(StoreCaller.currentStore()), customerId, body.token(),
                body.holderName()));
    }

    @DeleteMapping("/api/store/customers/{customerId}/cards/{cardId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteForStore(@PathVariable UUID customerId, @PathVariable String cardId) {
        cards.delete(Scope.store(StoreCaller.currentStore()), customerId, cardId);
    }
}
