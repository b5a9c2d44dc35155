package com.orderdesk.payment;

/** A card the provider keeps for a customer, as an operator picks it (never the full number). */
public record StoredCardChoice(String cardId, String maskedNumber, String expiry, boolean isDefault) {
}
