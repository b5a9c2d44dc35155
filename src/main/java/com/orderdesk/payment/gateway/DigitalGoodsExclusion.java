package com.orderdesk.payment.gateway;

/**
 * Optional feature of an adapter whose provider takes only goods that ship
 * ({@link GatewayCapabilities#digitalGoods()} false): the reason its manual gives, which the core hands
 * to the operator or integrator whose order holds a digital line (download or service goods). Without
 * it the core says only that the provider does not take them.
 */
public interface DigitalGoodsExclusion {

    /** The manual's words for why orders with digital goods are refused, with where they are written. */
    String digitalGoodsExclusionReason();

    /**
     * What follows "takes only goods that ship" in a refusal: ": " and the manual's reason when the
     * adapter gives one, nothing otherwise. One wording for the order check and the storefront listing.
     */
    static String reasonAfter(PaymentGateway gateway) {
        return gateway instanceof DigitalGoodsExclusion exclusion ? ": " + exclusion.digitalGoodsExclusionReason() : "";
    }
}
