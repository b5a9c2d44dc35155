package com.orderdesk.shipping.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.SharedSlip;
import com.orderdesk.shipping.SharedSlipGuard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may use a tracking number. A number belongs to one order, unless the operator packs several
 * orders for the same delivery address in one parcel (同梱) and says so ({@code sharedSlip}): then
 * the slip may cover them all, with the same carrier, as far as every {@link SharedSlipGuard}
 * (a payment provider's limit, such as atobarai's three orders per slip) allows.
 *
 * <p>Numbers are locked for the caller's transaction (a PostgreSQL advisory lock per number, taken
 * in sorted order) before they are looked up, so that two concurrent registrations of one number
 * are decided one after the other: the database no longer has a unique constraint that could,
 * since a shared slip legitimately appears on several orders.
 */
@Component
class SharedSlips {

    private final ShipmentRepository shipments;
    private final OrderManagement orders;
    private final List<SharedSlipGuard> guards;

    SharedSlips(ShipmentRepository shipments, OrderManagement orders, List<SharedSlipGuard> guards) {
        this.shipments = shipments;
        this.orders = orders;
        this.guards = List.copyOf(guards);
    }

    /**
     * Locks the numbers and checks that this order may use them.
     *
     * @return the other orders the slip already covers (empty for a slip of its own), oldest first
     * @throws TrackingNumberInUse when a number is on another shipment of this order, or on another
     *         order and {@code shared} is false
     * @throws SharedSlipRefused when the slip may not cover this order too
     */
    List<String> ordersAlreadyOn(Order order, Carrier carrier, List<String> numbers, boolean shared) {
        lock(numbers);
        List<Shipment> others = shipments.findByTrackingNumbers(numbers).stream()
                .sorted(Comparator.comparing(Shipment::createdAt)).toList();
        for (Shipment other : others) {
            if (other.orderId().equals(order.id()) || !shared) {
                throw new TrackingNumberInUse(taken(other, numbers), other.orderNumber(),
                        !other.orderId().equals(order.id()));
            }
        }
        Set<String> covered = new LinkedHashSet<>();
        for (Shipment other : others) {
            String number = taken(other, numbers);
            List<String> onSlip = withThis(covered, other.orderNumber(), order.number());
            if (other.carrier() != carrier) {
                throw new SharedSlipRefused(number, order.number(), onSlip, "order " + other.orderNumber()
                        + " has it as a " + other.carrier() + " slip, not " + carrier);
            }
            if (covered.add(other.orderNumber())) {
                Order sibling = orders.find(other.orderNumber());
                differentAddress(sibling.delivery(), order.delivery()).ifPresent(what -> {
                    throw new SharedSlipRefused(number, order.number(), onSlip, "order " + other.orderNumber()
                            + " goes to another delivery address (" + what + "); one parcel has one address");
                });
            }
        }
        if (!covered.isEmpty()) {
            List<String> onSlip = withThis(covered, null, order.number());
            SharedSlip slip = new SharedSlip(order.number(), carrier, numbers, onSlip);
            for (SharedSlipGuard guard : guards) {
                guard.refusal(slip).ifPresent(reason -> {
                    throw new SharedSlipRefused(String.join(", ", numbers), order.number(), onSlip, reason);
                });
            }
        }
        return List.copyOf(covered);
    }

    /** Locks the numbers for the transaction; a shipment whose numbers change locks its new ones. */
    void lock(List<String> numbers) {
        numbers.stream().sorted().distinct().forEach(number -> shipments.lockTrackingNumber("tracking-number:" + number));
    }

    private static String taken(Shipment other, List<String> numbers) {
        return other.trackingNumbers().stream().filter(numbers::contains).findFirst().orElseThrow();
    }

    private static List<String> withThis(Set<String> covered, @Nullable String next, String orderNumber) {
        List<String> all = new ArrayList<>(covered);
        if (next != null && !all.contains(next)) {
            all.add(next);
        }
        all.add(orderNumber);
        return all;
    }

    /** What differs between two delivery addresses, compared as a parcel label reads; empty when none. */
    static Optional<String> differentAddress(DeliveryAddress a, DeliveryAddress b) {
        List<String> differs = new ArrayList<>();
        compare(differs, "name", a.name(), b.name());
        compare(differs, "postalCode", a.postalCode(), b.postalCode());
        compare(differs, "prefecture", a.prefecture(), b.prefecture());
        compare(differs, "city", a.city(), b.city());
        compare(differs, "address1", a.address1(), b.address1());
        compare(differs, "address2", a.address2(), b.address2());
        compare(differs, "company", a.company(), b.company());
        return differs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differs) + " differ");
    }

    private static void compare(List<String> differs, String field, @Nullable String a, @Nullable String b) {
        if (!Objects.equals(folded(a), folded(b))) {
            differs.add(field);
        }
    }

    /** Full-width folded, spaces and hyphens dropped: 「１－２－３」 and 「1-2-3」 are one address. */
    private static String folded(@Nullable String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐−]", "");
    }
}
