package com.orderdesk.payment.internal;

import java.util.OptionalLong;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderAmountChanged;
import com.orderdesk.order.OrderChanges;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Keeps a fee by amount band (変動額) in step with the order: when an edit moves the order into
 * another band, the order's 決済手数料 is recalculated before the provider hears of the new total.
 * Providers that print the fee on their invoice do not recalculate it (Kuroneko atobarai's
 * KAAKK0010 takes the lines as sent), so OrderDesk does, and says so in the history.
 *
 * <p>Only a fee that is the band's fee for the previous amount follows: a fee the operator set by
 * hand (or a fixed fee) is left alone. The band is applied to the order's amount without the fee,
 * as the storefront's method listing applies it to the cart amount.
 */
@Component
class PaymentFeeRefit {

    private final PaymentMethodCatalog methods;
    private final OrderManagement orders;
    private final LocalPaymentChanges local;

    PaymentFeeRefit(PaymentMethodCatalog methods, OrderManagement orders, LocalPaymentChanges local) {
        this.methods = methods;
        this.orders = orders;
        this.local = local;
    }

    /**
     * Re-prices the order's fee when its band changed; true when it did, and the order's own edit
     * then announces the final total (the payment follows that one, once).
     */
    boolean refitted(Payment payment, OrderAmountChanged changed) {
        Order order = orders.find(changed.orderNumber());
        long fee = order.paymentFee();
        String method = payment.paymentMethodCode();
        OptionalLong before = methods.bandFee(method, changed.previousTotal() - fee);
        if (before.isEmpty() || before.getAsLong() != fee) {
            return false;
        }
        long after = methods.bandFee(method, changed.newTotal() - fee).orElse(fee);
        if (after == fee) {
            return false;
        }
        try {
            orders.edit(order.number(), null, new OrderChanges(null, null, null, null, null, null, false, null, null,
                    after, null, null, null, false));
        } catch (ProblemException refused) {
            local.flag(payment.id(), "the 決済手数料 should follow the new amount (" + PaymentRules.yen(fee) + " → "
                    + PaymentRules.yen(after) + ") but the order could not be changed: " + refused.getMessage());
            return false;
        }
        orders.recordHistory(order.id(), HistoryKind.PAYMENT, "決済手数料 recalculated for the new amount by the method's"
                + " amount bands: " + PaymentRules.yen(fee) + " → " + PaymentRules.yen(after)
                + " (the provider does not recalculate it)");
        return true;
    }
}
