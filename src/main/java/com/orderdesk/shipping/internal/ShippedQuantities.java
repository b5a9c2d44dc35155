package com.orderdesk.shipping.internal;

import java.util.ArrayList;
import java.util.List;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;

/**
 * How much of each order line is still to ship, given the order's shipments. A digital line
 * (download or service goods) needs no parcel: nothing of it is ever left to ship.
 */
final class ShippedQuantities {

    private ShippedQuantities() {
    }

    /** Remaining quantity per line, index 0 = line 1; never negative, 0 for a digital line. */
    static int[] remaining(Order order, List<Shipment> shipments) {
        List<OrderLine> lines = order.lines();
        int[] remaining = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            remaining[i] = lines.get(i).digital() ? 0 : lines.get(i).quantity();
        }
        for (Shipment shipment : shipments) {
            for (ShipmentLine line : shipment.lines()) {
                if (line.lineNo() >= 1 && line.lineNo() <= remaining.length) {
                    remaining[line.lineNo() - 1] = Math.max(0, remaining[line.lineNo() - 1] - line.quantity());
                }
            }
        }
        return remaining;
    }

    /** Whether any line of the order ships at all (false when every line is digital). */
    static boolean anyLineShips(Order order) {
        return order.lines().stream().anyMatch(line -> !line.digital());
    }

    static boolean nothingLeft(int[] remaining) {
        for (int quantity : remaining) {
            if (quantity > 0) {
                return false;
            }
        }
        return true;
    }

    /** Every line with something left, at its remaining quantity. */
    static List<ShipmentLine> allRemaining(int[] remaining) {
        List<ShipmentLine> lines = new ArrayList<>();
        for (int i = 0; i < remaining.length; i++) {
            if (remaining[i] > 0) {
                lines.add(new ShipmentLine(i + 1, remaining[i]));
            }
        }
        return lines;
    }
}
