package com.orderdesk.console.web;

import org.jspecify.annotations.Nullable;

/**
 * The postal address part of a console form (〒, 都道府県, 市区町村, 番地, 建物名), bound by Thymeleaf
 * through its getters and setters; the order's 注文者/お届け先 and the member's address rows share it.
 */
public abstract class PostalAddressFields {

    protected @Nullable String postalCode;
    protected @Nullable String prefecture;
    protected @Nullable String city;
    protected @Nullable String address1;
    protected @Nullable String address2;

    /** Fills the fields from a stored address, as the form shows it. */
    protected void fillAddress(@Nullable String postalCode, @Nullable String prefecture, @Nullable String city,
            @Nullable String address1, @Nullable String address2) {
        this.postalCode = postalCode;
        this.prefecture = prefecture;
        this.city = city;
        this.address1 = address1;
        this.address2 = address2;
    }

    public @Nullable String getPostalCode() { return postalCode; }
    public void setPostalCode(@Nullable String postalCode) { this.postalCode = postalCode; }
    public @Nullable String getPrefecture() { return prefecture; }
    public void setPrefecture(@Nullable String prefecture) { this.prefecture = prefecture; }
    public @Nullable String getCity() { return city; }
    public void setCity(@Nullable String city) { this.city = city; }
    public @Nullable String getAddress1() { return address1; }
    public void setAddress1(@Nullable String address1) { this.address1 = address1; }
    public @Nullable String getAddress2() { return address2; }
    public void setAddress2(@Nullable String address2) { this.address2 = address2; }
}
