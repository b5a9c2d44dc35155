package com.orderdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderNotFound;
import com.orderdesk.order.OrderPage;
import com.orderdesk.order.OrderSearchCriteria;
import com.orderdesk.order.OrderSummary;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.shared.Csv;
import com.orderdesk.shipping.ShippingManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs waiting order exports, one at a time per instance. The matching order numbers are taken
 * first (or the ones an operator selected), so orders placed while the job runs neither shift the
 * pages nor appear twice; then each order is read (for the CSV with its payments and shipments) and
 * added to the file the job's {@link OrderExportKind} asks for, and progress is written every
 * {@value #PROGRESS_EVERY} orders, which also extends the lease. A worker that dies leaves the job RUNNING until the lease
 * passes; the next claim starts it again from the beginning (an export has no side effects).
 */
@Component
class OrderExportWorker {

    private static final Logger log = LoggerFactory.getLogger(OrderExportWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int PROGRESS_EVERY = 50;

    private final OrderExportStore store;
    private final OrderManagement orders;
    private final PaymentManagement payments;
    private final ShippingManagement shipping;
    private final OrderDocuments documents;
    private final Clock clock;

    OrderExportWorker(OrderExportStore store, OrderManagement orders, PaymentManagement payments,
            ShippingManagement shipping, OrderDocuments documents, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.payments = payments;
        this.shipping = shipping;
        this.documents = documents;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${orderdesk.exports.poll-interval:PT1S}")
    void runWaiting() {
        Optional<OrderExportJob> claimed;
        while ((claimed = store.claim(clock.instant(), clock.instant().plus(LEASE))).isPresent()) {
            run(claimed.get());
        }
    }

    void run(OrderExportJob job) {
        try {
            List<String> numbers = job.filter().numbers() != null ? job.filter().numbers() : matching(job.filter());
            Output output = outputFor(job.kind());
            int processed = 0;
            store.progress(job.id(), numbers.size(), 0, leaseEnd());
            for (String number : numbers) {
                find(number).ifPresent(output::add);
                if (++processed % PROGRESS_EVERY == 0) {
                    store.progress(job.id(), numbers.size(), processed, leaseEnd());
                }
            }
            store.done(job.id(), output.finish(), output.rows(), clock.instant());
        } catch (RuntimeException failure) {
            log.warn("Order export {} failed", job.id(), failure);
            store.failed(job.id(), String.valueOf(failure.getMessage()), clock.instant());
        }
    }

    private Optional<Order> find(String number) {
        try {
            return Optional.of(orders.find(number));
        } catch (OrderNotFound deletedMeanwhileOrMistyped) {
            return Optional.empty();
        }
    }

    /** The file an export builds, order by order. */
    private interface Output {
        void add(Order order);

        byte[] finish();

        /** CSV rows besides the header, or orders with a document. */
        int rows();
    }

    private Output outputFor(OrderExportKind kind) {
        OrderDocuments.Kind document = kind.document();
        if (document == null) {
            return new CsvOutput();
        }
        return "zip".equals(kind.extension()) ? new ZipOutput(document) : new PdfOutput(document);
    }

    private final class CsvOutput implements Output {
        private final List<List<?>> rows = new ArrayList<>();

        @Override
        public void add(Order order) {
            rows.addAll(OrderCsvRows.of(order, payments.payments(order.number()), shipping.shipmentsOf(order.id())));
        }

        @Override
        public byte[] finish() {
            return Csv.write(Csv.Target.SPREADSHEET, OrderCsvRows.HEADER, rows);
        }

        @Override
        public int rows() {
            return rows.size();
        }
    }

    /** One PDF for the printer: every order's document on its own page(s), the font embedded once. */
    private final class PdfOutput implements Output {
        private final OrderDocuments.Kind document;
        private final List<Order> orders = new ArrayList<>();

        PdfOutput(OrderDocuments.Kind document) {
            this.document = document;
        }

        @Override
        public void add(Order order) {
            orders.add(order);
        }

        @Override
        public byte[] finish() {
            if (orders.isEmpty()) {
                throw new IllegalStateException("none of the selected orders exists");
            }
            return documents.render(document, orders);
        }

        @Override
        public int rows() {
            return orders.size();
        }
    }

    /** One PDF per order, each named after its order number, rendered as the orders are read. */
    private final class ZipOutput implements Output {
        private final OrderDocuments.Kind document;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream zip = new ZipOutputStream(bytes);
        private int count;

        ZipOutput(OrderDocuments.Kind document) {
            this.document = document;
        }

        @Override
        public void add(Order order) {
            try {
                zip.putNextEntry(new ZipEntry(document.fileName(order.number())));
                zip.write(documents.render(document, order));
                zip.closeEntry();
                count++;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public byte[] finish() {
            if (count == 0) {
                throw new IllegalStateException("none of the selected orders exists");
            }
            try {
                zip.close();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return bytes.toByteArray();
        }

        @Override
        public int rows() {
            return count;
        }
    }

    private List<String> matching(OrderExportFilter filter) {
        Set<String> numbers = new LinkedHashSet<>();
        for (int page = 0; ; page++) {
            OrderPage found = orders.search(filter.page(page, OrderSearchCriteria.MAX_PAGE_SIZE));
            found.items().stream().map(OrderSummary::number).forEach(numbers::add);
            if (found.items().size() < OrderSearchCriteria.MAX_PAGE_SIZE) {
                return List.copyOf(numbers);
            }
        }
    }

    private Instant leaseEnd() {
        return clock.instant().plus(LEASE);
    }
}
