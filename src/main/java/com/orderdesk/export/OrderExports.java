package com.orderdesk.export;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order exports: start the 受注CSV for a filter, or the 帳票 (納品書 / 領収書) of selected orders
 * (帳票一括出力); each runs in the background ({@link OrderExportWorker}); follow its progress,
 * download the file when it is done.
 */
@Service
public class OrderExports {

    /** The most orders one 帳票一括出力 takes (the list shows at most 200 per page). */
    public static final int MAX_DOCUMENT_ORDERS = 1000;

    private final OrderExportStore store;
    private final Clock clock;

    OrderExports(OrderExportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Queues the 受注CSV export; never null. */
    @Transactional
    public OrderExportJob start(OrderExportFilter filter) {
        return queue(OrderExportKind.ORDER_CSV, filter);
    }

    /**
     * Queues 帳票一括出力: {@code document} for each of the orders {@code numbers} names, as one PDF
     * or (with {@code zip}) a ZIP with one PDF per order. Numbers that name no order are left out.
     *
     * @throws InvalidInput naming {@code numbers} when none, more than {@value #MAX_DOCUMENT_ORDERS} or a blank one is given
     */
    @Transactional
    public OrderExportJob startDocuments(OrderDocuments.Kind document, boolean zip, List<String> numbers) {
        if (numbers.isEmpty() || numbers.size() > MAX_DOCUMENT_ORDERS) {
            throw new InvalidInput("numbers", "give 1 to " + MAX_DOCUMENT_ORDERS + " order numbers");
        }
        if (numbers.stream().anyMatch(String::isBlank)) {
            throw new InvalidInput("numbers", "an order number is blank");
        }
        return queue(OrderExportKind.of(document, zip), OrderExportFilter.ofNumbers(numbers.stream().distinct().toList()));
    }

    private OrderExportJob queue(OrderExportKind kind, OrderExportFilter filter) {
        UUID id = UUID.randomUUID();
        store.insert(id, kind, filter, CurrentActor.name(), clock.instant());
        return job(id);
    }

    /** @throws NotFound when there is no such export */
    @Transactional(readOnly = true)
    public OrderExportJob job(UUID id) {
        return store.job(id).orElseThrow(() -> new NotFound("Order export", id.toString()));
    }

    @Transactional(readOnly = true)
    public List<OrderExportJob> recent(int limit) {
        return store.recent(limit);
    }

    /**
     * The CSV file (UTF-8 with BOM, {@link com.orderdesk.shared.Csv}).
     *
     * @throws NotFound when there is no such export
     * @throws StateConflict (409) while it is not DONE
     */
    @Transactional(readOnly = true)
    public byte[] file(UUID id) {
        return download(id).content();
    }

    /**
     * The finished file with its name and media type: {@code orders-<id>.csv}, {@code receipts-<id>.pdf}, …
     *
     * @throws NotFound when there is no such export
     * @throws StateConflict (409) while it is not DONE
     */
    @Transactional(readOnly = true)
    public OrderExportFile download(UUID id) {
        OrderExportJob job = job(id);
        byte[] content = store.content(id).orElseThrow(() -> new StateConflict("export-not-ready", "Export not ready",
                "Order export " + id + " is " + job.status() + (job.error() == null ? "" : ": " + job.error())
                        + "; download it once it is DONE"));
        String stem = switch (job.kind()) {
            case ORDER_CSV -> "orders";
            case DELIVERY_NOTES_PDF, DELIVERY_NOTES_ZIP -> "delivery-notes";
            case RECEIPTS_PDF, RECEIPTS_ZIP -> "receipts";
        };
        return new OrderExportFile(stem + "-" + id + "." + job.kind().extension(), job.kind().contentType(), content);
    }
}
