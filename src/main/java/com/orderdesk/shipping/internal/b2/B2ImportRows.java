package com.orderdesk.shipping.internal.b2;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderNotFound;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.Csv;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.AlreadyFullyShipped;
import com.orderdesk.shipping.internal.OrderNotShippable;
import com.orderdesk.shipping.internal.Shipment;
import com.orderdesk.shipping.internal.ShipmentCommands.NewShipment;
import com.orderdesk.shipping.internal.ShipmentRepository;
import com.orderdesk.shipping.internal.Shipments;
import com.orderdesk.shipping.internal.TrackingNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import com.orderdesk.shared.jobs.BulkJobHandler;
import com.orderdesk.shared.jobs.BulkJobHandler.NewItem;
import com.orderdesk.shipping.internal.b2.B2Import.Outcome;
import com.orderdesk.shipping.internal.b2.B2Import.RowResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of {@link B2Import}: reads B2 Cloud's issued-data CSV (発行済データ, column 1 = our order number, column 4 = 伝票番号)
 * and registers a Yamato shipment per order through {@link Shipments#register}, each order in its
 * own transaction: a bad row never stops the others. Rows of one order in one file (a multi-piece
 * shipment) become one shipment with all their numbers. A number already on the order is reported
 * and left alone, so importing the same file again changes nothing.
 */
@Component
class B2ImportRows {

    private final Shipments shipments;
    private final ShipmentRepository shipmentRepository;
    private final OrderManagement orders;
    private final JsonMapper json;

    B2ImportRows(Shipments shipments, ShipmentRepository shipmentRepository, OrderManagement orders, JsonMapper json) {
        this.json = json;
        this.shipments = shipments;
        this.shipmentRepository = shipmentRepository;
        this.orders = orders;
    }

    record Row(int row, String orderNumber, String rawNumber, String trackingNumber, @Nullable LocalDate date) {
    }

    /**
     * The file's rows as one job item per order (rows of one order become one shipment), and a
     * decided item for each row that cannot be applied (no order number, a bad 伝票番号).
     *
     * @throws B2FileRejected when the file is not CP932, has no data rows, or rows lack columns 1-4;
     *         nothing is applied then
     */
    List<NewItem> plan(byte[] content) {
        List<Csv.Row> lines = Csv.parse(B2Csv.decode(content), "file");
        TreeMap<Integer, NewItem> items = new TreeMap<>();
        Map<String, List<Row>> byOrder = new LinkedHashMap<>();
        for (Row row : rows(lines)) {
            if (row.orderNumber().isEmpty()) {
                items.put(row.row(), refused(row, Outcome.UNKNOWN_ORDER, "column 1 (お客様管理番号) is empty"));
            } else if (row.trackingNumber().isEmpty()) {
                items.put(row.row(), refused(row, Outcome.BAD_TRACKING_NUMBER, "column 4 (伝票番号) is empty"));
            } else {
                Optional<String> problem = TrackingNumbers.problem(Carrier.YAMATO, row.trackingNumber());
                if (problem.isPresent()) {
                    items.put(row.row(), refused(row, Outcome.BAD_TRACKING_NUMBER, "伝票番号 " + problem.get()));
                } else {
                    byOrder.computeIfAbsent(row.orderNumber(), number -> new ArrayList<>()).add(row);
                }
            }
        }
        byOrder.forEach((number, orderRows) -> items.put(orderRows.getFirst().row(),
                NewItem.of(orderRows.getFirst().row(), number, json.writeValueAsString(orderRows))));
        return List.copyOf(items.values());
    }

    /** One order's rows of a planned item, registered; a result per row. */
    List<RowResult> importOrder(String input) {
        List<Row> rows = List.of(json.readValue(input, Row[].class));
        return importOrder(rows.getFirst().orderNumber(), rows);
    }

    private static NewItem refused(Row row, Outcome outcome, String message) {
        RowResult result = result(row, outcome, message);
        return NewItem.decided(row.row(), row.orderNumber(),
                new BulkJobHandler.Result(false, outcome.name(), message, List.of(result)));
    }

    private List<RowResult> importOrder(String orderNumber, List<Row> rows) {
        List<RowResult> results = new ArrayList<>();
        Order order;
        try {
            order = orders.find(orderNumber);
        } catch (OrderNotFound unknown) {
            rows.forEach(row -> results.add(result(row, Outcome.UNKNOWN_ORDER, "no order has this number")));
            return results;
        }
        Map<String, Shipment> registered = new LinkedHashMap<>();
        UUID orderId = order.id();
        shipmentRepository.findByTrackingNumbers(rows.stream().map(Row::trackingNumber).toList())
                .forEach(shipment -> shipment.trackingNumbers().forEach(number -> registered.merge(number, shipment,
                        // A slip shared by several orders (同梱) counts as this order's when it covers it.
                        (kept, next) -> kept.orderId().equals(orderId) ? kept : next)));
        List<Row> fresh = new ArrayList<>();
        for (Row row : rows) {
            Shipment existing = registered.get(row.trackingNumber());
            if (existing == null) {
                fresh.add(row);
            } else if (existing.orderId().equals(order.id())) {
                results.add(result(row, Outcome.ALREADY_REGISTERED, "already registered on this order"));
            } else {
                results.add(result(row, Outcome.TRACKING_NUMBER_IN_USE, "already registered on order " + existing.orderNumber()));
            }
        }
        if (fresh.isEmpty()) {
            return results;
        }
        LocalDate shippedOn = fresh.getFirst().date();
        try {
            shipments.register(orderNumber, new NewShipment(Carrier.YAMATO,
                    fresh.stream().map(Row::trackingNumber).distinct().toList(), shippedOn, null, "trackingNumber"));
            fresh.forEach(row -> results.add(result(row, Outcome.MATCHED, null)));
        } catch (AlreadyFullyShipped shipped) {
            fresh.forEach(row -> results.add(result(row, Outcome.ALREADY_SHIPPED, shipped.getMessage())));
        } catch (OrderNotShippable closed) {
            Outcome outcome = order.status() == OrderStatus.CANCELLED ? Outcome.ORDER_CANCELLED : Outcome.ORDER_CLOSED;
            fresh.forEach(row -> results.add(result(row, outcome, closed.getMessage())));
        } catch (ProblemException refused) {
            Outcome outcome = refused.type().equals("tracking-number-in-use") ? Outcome.TRACKING_NUMBER_IN_USE : Outcome.FAILED;
            fresh.forEach(row -> results.add(result(row, outcome, refused.getMessage())));
        } catch (DataAccessException raced) {
            // Someone changed the order at the same moment; this order's rows fail, the others go on.
            fresh.forEach(row -> results.add(result(row, Outcome.FAILED,
                    "order " + orderNumber + " was changed at the same moment; import the file again")));
        }
        return results;
    }

    /**
     * Data rows by position. A first row whose column 4 is not a number is B2's header and skipped;
     * a row with fewer than 4 columns means the file is not B2's issued data.
     */
    private static List<Row> rows(List<Csv.Row> lines) {
        List<Row> rows = new ArrayList<>();
        List<FieldError> short_ = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> line = lines.get(i).fields();
            int lineNumber = (int) lines.get(i).line();
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (line.size() < B2Layout.TRACKING_NUMBER) {
                short_.add(new FieldError("file", "row " + lineNumber + " has " + line.size()
                        + " column(s); B2's issued data has the order number in column 1 and 伝票番号 in column 4"));
                continue;
            }
            String rawNumber = line.get(B2Layout.TRACKING_NUMBER - 1).strip();
            String number = TrackingNumbers.normalize(rawNumber);
            if (i == 0 && !number.isEmpty() && !number.chars().allMatch(Character::isDigit)) {
                continue;
            }
            rows.add(new Row(lineNumber, line.get(B2Layout.CUSTOMER_REFERENCE - 1).strip(), rawNumber, number,
                    date(line.size() >= B2Layout.SHIP_DATE ? line.get(B2Layout.SHIP_DATE - 1) : "")));
        }
        if (!short_.isEmpty()) {
            throw new B2FileRejected(short_.size() > 10 ? short_.subList(0, 10) : short_);
        }
        if (rows.isEmpty()) {
            throw new B2FileRejected("has no data rows; expected B2's issued data (発行済データ)");
        }
        return rows;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip(), B2RowMapper.DATE);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static RowResult result(Row row, Outcome outcome, @Nullable String message) {
        return new RowResult(row.row(), row.orderNumber(), row.rawNumber(), outcome, message);
    }
}
