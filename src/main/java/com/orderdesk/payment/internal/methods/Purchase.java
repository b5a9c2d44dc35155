package com.orderdesk.payment.internal.methods;

import java.util.Set;
import java.util.UUID;

import com.orderdesk.payment.gateway.GatewayCapabilities;
import org.jspecify.annotations.Nullable;

/**
 * What a payment method is judged against: the amount the customer is billed (payment fee
 * included) and the goods amount (商品金額: the lines alone, no shipping or fees) for providers whose
 * limits are on the goods, the delivery method and the customer's groups; and who buys (null for a guest), for
 * providers that accept only some customers, asked only when {@code askProvider} (the storefront's
 * listing and placing an order, not every later edit). {@code digitalLines}: the storefront's cart
 * holds a digital line (download or service goods), so providers that take only goods that ship are
 * left out of the listing; a placed order's lines are judged by {@code ProviderRequirements} instead,
 * which names each digital line.
 */
record Purchase(long billedAmount, long goodsAmount, @Nullable String deliveryMethod, Set<String> customerGroups,
        @Nullable UUID customerId, boolean askProvider, boolean digitalLines) {

    Purchase {
        customerGroups = Set.copyOf(customerGroups);
    }

    long amountOn(GatewayCapabilities.AmountBasis basis) {
        return basis == GatewayCapabilities.AmountBasis.GOODS ? goodsAmount : billedAmount;
    }
}
