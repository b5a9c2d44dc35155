package com.orderdesk.shipping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderCheck;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;
import com.orderdesk.shipping.Carrier;
import org.springframework.stereotype.Component;

/**
 * Enforces the delivery method on orders being placed or edited: the code must name a method (an
 * active one when placing), the payment method must be enabled for it, a delivery date or time
 * slot may only be wished where the method allows it, and a Yamato time slot must be one Yamato
 * has. All violations come back in one 422.
 *
 * <p>While the catalogue is still empty (a shop that has not set up 配送設定 yet) delivery method
 * codes are taken as they come, so that OrderDesk works before it is configured.
 */
@Component
class DeliveryMethodCheck implements OrderCheck {

    private final DeliveryMethodRepository methods;

    DeliveryMethodCheck(DeliveryMethodRepository methods) {
        this.methods = methods;
    }

    @Override
    public void verify(Order order, boolean placing) {
        String code = order.deliveryMethodCode();
        if (code == null || methods.count() == 0) {
            return;
        }
        Optional<DeliveryMethod> found = methods.findByCode(code);
        if (found.isEmpty() || (placing && found.get().retired())) {
            throw new UnprocessableRequest("unknown-delivery-method",
                    "There is no " + (found.isEmpty() ? "" : "active ") + "delivery method with code '" + code + "'",
                    List.of(new FieldError("deliveryMethodCode", "no " + (found.isEmpty() ? "" : "active ")
                            + "delivery method has this code")));
        }
        DeliveryMethod method = found.get();
        List<FieldError> errors = new ArrayList<>();
        if (order.paymentMethodCode() != null && !method.allowsPaymentMethod(order.paymentMethodCode())) {
            errors.add(new FieldError("paymentMethodCode", "'" + order.paymentMethodCode()
                    + "' cannot be used with delivery method '" + code + "' (allowed: "
                    + String.join(", ", method.paymentMethodCodes().stream().sorted().toList()) + ")"));
        }
        if (order.deliveryDate() != null && !method.dateWishAllowed()) {
            errors.add(new FieldError("deliveryDate", "delivery method '" + code + "' does not take a wished delivery date"));
        }
        if (order.deliveryTimeSlot() != null && !method.timeSlotWishAllowed()) {
            errors.add(new FieldError("deliveryTimeSlot", "delivery method '" + code + "' does not take a wished time slot"));
        } else if (order.deliveryTimeSlot() != null && method.carrier() == Carrier.YAMATO
                && YamatoTimeSlots.code(order.deliveryTimeSlot()).isEmpty()) {
            // Caught here rather than when the B2 file is exported, days later.
            errors.add(new FieldError("deliveryTimeSlot", "'" + order.deliveryTimeSlot()
                    + "' is not a Yamato time slot (午前中, 14-16, 16-18, 18-20, 19-21)"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableRequest("delivery-method-mismatch",
                    "The order does not fit delivery method '" + code + "'", errors);
        }
    }
}
