package com.orderdesk.export;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受注CSV exports: start one for a filter (it runs in the background, {@link OrderExportWorker}),
 * follow its progress, download the file when it is done.
 */
@Service
public class OrderExports {

    private final OrderExportStore store;
    private final Clock clock;

    OrderExports(OrderExportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Queues the export; never null. */
    @Transactional
    public OrderExportJob start(OrderExportFilter filter) {
        UUID id = UUID.randomUUID();
        store.insert(id, filter, CurrentActor.name(), clock.instant());
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
        OrderExportJob job = job(id);
        return store.content(id).orElseThrow(() -> new StateConflict("export-not-ready", "Export not ready",
                "Order export " + id + " is " + job.status() + (job.error() == null ? "" : ": " + job.error())
                        + "; download it once it is DONE"));
    }
}
