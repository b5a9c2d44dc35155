package com.orderdesk.shipping.internal.b2;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderPage;
import com.orderdesk.order.OrderSearchCriteria;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.OrderSummary;
import com.orderdesk.shared.Csv;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shared.UnprocessableRequest;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.DeliveryMethod;
import com.orderdesk.shipping.internal.DeliveryMethodRepository;
import com.orderdesk.shipping.internal.ShippingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Writes the orders awaiting shipment as a B2 Cloud import file (外部データから発行, 基本レイアウト).
 * Orders come from {@link OrderManagement#search} and {@link OrderManagement#find}; those whose
 * delivery method belongs to another carrier are left out, and so are orders of digital lines only
 * (download or service goods, no parcel); a digital line beside goods stays out of the 品名. One order B2 would refuse fails the
 * export with every problem named, so the operator fixes them before printing labels.
 */
@Service
public class B2Export {

    static final int MAX_ORDERS = 2000;
    private static final int PAGE = 200;

    private final OrderManagement orders;
    private final DeliveryMethodRepository deliveryMethods;
    private final ShippingProperties properties;
    private final Clock clock;

    B2Export(OrderManagement orders, DeliveryMethodRepository deliveryMethods, ShippingProperties properties, Clock clock) {
        this.orders = orders;
        this.deliveryMethods = deliveryMethods;
        this.properties = properties;
        this.clock = clock;
    }

    /** Which orders to export; {@code statuses} empty means NEW and PROCESSING. */
    public record Filter(@Nullable LocalDate placedFrom, @Nullable LocalDate placedTo, Set<OrderStatus> statuses,
            @Nullable String deliveryMethodCode, @Nullable LocalDate shipDate) {
    }

    /** The file (CP932 bytes, header + one row per order) and how many orders it holds. */
    public record File(byte[] content, int orders) {
    }

    /**
     * @throws UnprocessableRequest when an order holds text B2 would refuse, or too many orders match
     */
    public File export(Filter filter) {
        Set<OrderStatus> statuses = filter.statuses().isEmpty()
                ? EnumSet.of(OrderStatus.NEW, OrderStatus.PROCESSING) : filter.statuses();
        LocalDate shipDate = filter.shipDate() != null ? filter.shipDate() : ShopTime.dateOf(clock.instant());
        B2RowMapper mapper = new B2RowMapper(properties.b2());
        List<List<String>> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (OrderSummary summary : matching(filter, statuses)) {
            if (otherCarrier(summary.deliveryMethodCode())) {
                continue;
            }
            Order order = orders.find(summary.number());
            if (order.lines().stream().allMatch(OrderLine::digital)) {
                continue; // download or service goods only: no parcel, no label
            }
            rows.add(mapper.row(order, shipDate, errors));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableRequest("b2-export-refused",
                    "B2 Cloud would refuse " + errors.size() + " value(s); correct the orders named and export again",
                    errors);
        }
        return new File(Csv.write(Csv.Target.B2, B2Layout.HEADER, rows), rows.size());
    }

    private List<OrderSummary> matching(Filter filter, Set<OrderStatus> statuses) {
        List<OrderSummary> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            OrderPage result = orders.search(new OrderSearchCriteria(null, filter.placedFrom(), filter.placedTo(),
                    statuses, null, null, null, null, null, null, null, filter.deliveryMethodCode(), null, null, null,
                    true, page, PAGE)); // awaiting shipment: only orders whose payment allows shipping (DSK paid)
            if (result.totalElements() > MAX_ORDERS) {
                throw new UnprocessableRequest("b2-export-too-large", result.totalElements()
                        + " orders match; narrow the filters to at most " + MAX_ORDERS + " orders per file", List.of());
            }
            found.addAll(result.items());
            if (result.items().size() < PAGE) {
                // Oldest first, as a picking list is worked through.
                return found.reversed();
            }
        }
    }

    private boolean otherCarrier(@Nullable String deliveryMethodCode) {
        if (deliveryMethodCode == null) {
            return false;
        }
        Optional<DeliveryMethod> method = deliveryMethods.findByCode(deliveryMethodCode);
        return method.isPresent() && method.get().carrier() != Carrier.YAMATO;
    }
}
