package com.orderdesk.shipping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.Prefectures;
import com.orderdesk.shipping.Carrier;
import org.springframework.modulith.NamedInterface;

/**
 * A delivery method's settings as validated at the API edge. {@code baseFee} is the flat fee, or
 * the fee of prefectures missing from {@code prefectureFees}; an empty {@code paymentMethodCodes}
 * means every payment method may be used with it.
 */
@NamedInterface("delivery-methods")
public record DeliveryMethodData(String name, Carrier carrier, FeeType feeType, long baseFee,
        Map<String, Long> prefectureFees, boolean dateWishAllowed, boolean timeSlotWishAllowed,
        Set<String> paymentMethodCodes) {

    /**
     * The settings as the admin API and the console take them: per-prefecture fees only for
     * BY_PREFECTURE, and only under real prefecture (都道府県) names.
     *
     * @throws InvalidInput naming {@code fee.byPrefecture.<name>} or {@code fee.byPrefecture}
     */
    public static DeliveryMethodData checked(String name, Carrier carrier, FeeType feeType, long baseFee,
            Map<String, Long> byPrefecture, boolean dateWishAllowed, boolean timeSlotWishAllowed,
            Set<String> paymentMethodCodes) {
        List<FieldError> errors = new ArrayList<>();
        byPrefecture.keySet().stream().filter(prefecture -> !Prefectures.isValid(prefecture)).sorted()
                .forEach(prefecture -> errors.add(new FieldError("fee.byPrefecture." + prefecture,
                        "is not a prefecture (都道府県) name")));
        if (feeType == FeeType.FLAT && !byPrefecture.isEmpty()) {
            errors.add(new FieldError("fee.byPrefecture", "is only for type BY_PREFECTURE"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new DeliveryMethodData(name.strip(), carrier, feeType, baseFee, byPrefecture, dateWishAllowed,
                timeSlotWishAllowed, paymentMethodCodes);
    }
}
