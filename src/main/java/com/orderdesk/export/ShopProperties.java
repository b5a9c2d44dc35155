package com.orderdesk.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shop as its 納品書 and 領収書 (適格請求書) name it: name, address, phone and the qualified
 * invoice issuer registration number (登録番号, T + 13 digits).
 */
@ConfigurationProperties("orderdesk.shop")
public record ShopProperties(String name, String address, String phone, String registrationNumber) {
}
