package com.orderdesk.payment.gateway;

import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a provider can do (Hyperswitch's capability-per-flow idea). The core checks an operator's
 * request against these before calling the adapter and explains a refusal with them.
 *
 * @param captureRequired an authorization must be captured to get paid (card, Paidy)
 * @param captureOnShipment capture happens by reporting the shipment (atobarai, kakebarai)
 * @param refunds money can be given back after capture at all
 * @param partialRefund a refund may be less than the captured amount
 * @param amountIncrease the amount can go up without the shopper
 * @param amountDecrease the amount can go down without the shopper
 * @param cancellableFrom statuses in which a cancel is possible (DSK: only while unpaid)
 * @param authValidityDays days an authorization stays capturable (GMO 60, Paidy 90), null if no limit
 * @param minAmount smallest payable amount in yen
 * @param maxAmount largest payable amount in yen
 * @param requiredCustomerData customer fields the provider needs to start a payment
 * @param pushNotifications the provider posts notifications (otherwise the core polls {@code status})
 */
public record GatewayCapabilities(
        boolean captureRequired,
        boolean captureOnShipment,
        boolean refunds,
        boolean partialRefund,
        boolean amountIncrease,
        boolean amountDecrease,
        Set<PaymentStatus> cancellableFrom,
        @Nullable Integer authValidityDays,
        long minAmount,
        long maxAmount,
        Set<CustomerField> requiredCustomerData,
        boolean pushNotifications) {

    /** Customer data a provider may insist on. */
    public enum CustomerField {
        EMAIL,
        MOBILE_PHONE,
        PHONE,
        KANA,
        POSTAL_ADDRESS,
        COMPANY
    }
}
