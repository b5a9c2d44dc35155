package com.orderdesk.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * first, so orders placed while the job runs neither shift the pages nor appear twice; then each
 * order is read with its payments and shipments, and progress is written every {@value #PROGRESS_EVERY}
 * orders, which also extends the lease. A worker that dies leaves the job RUNNING until the lease
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
    private final Clock clock;

    OrderExportWorker(OrderExportStore store, OrderManagement orders, PaymentManagement payments,
            ShippingManagement shipping, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.payments = payments;
        this.shipping = shipping;
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
            List<String> numbers = matching(job.filter());
            List<List<?>> rows = new ArrayList<>();
            int processed = 0;
            store.progress(job.id(), numbers.size(), 0, leaseEnd());
            for (String number : numbers) {
                rows.addAll(rowsOf(number));
                if (++processed % PROGRESS_EVERY == 0) {
                    store.progress(job.id(), numbers.size(), processed, leaseEnd());
                }
            }
            store.done(job.id(), Csv.write(Csv.Target.SPREADSHEET, OrderCsvRows.HEADER, rows), rows.size(),
                    clock.instant());
        } catch (RuntimeException failure) {
            log.warn("Order export {} failed", job.id(), failure);
            store.failed(job.id(), String.valueOf(failure.getMessage()), clock.instant());
        }
    }

    private List<List<?>> rowsOf(String number) {
        try {
            Order order = orders.find(number);
            return OrderCsvRows.of(order, payments.payments(number), shipping.shipmentsOf(order.id()));
        } catch (OrderNotFound deletedMeanwhile) {
            return List.of();
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
