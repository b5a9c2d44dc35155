package com.orderdesk.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.orderdesk.integration.StoreOrder;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentManagement;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store-order snapshot is rebuilt after every order, payment and shipment change (the integration
 * events, the sync feed): it shows the payment exactly as the operators' details do, and is read in
 * a handful of statements, not one per operations-log row and reference collection.
 */
class StoreOrderSnapshotIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    StoreOrders storeOrders;

    @Autowired
    ProviderStatuses providerStatuses;

    @Autowired
    PaymentManagement payments;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theSnapshotsPaymentIsTheLatestAttemptAsItsDetailsShowIt() {
        String number = capturedAndPartlyRefunded();

        StoreOrder.Payment shown = storeOrders.snapshot(orderId(number)).order().payment();
        PaymentDetails details = payments.payments(number).getLast();

        assertThat(shown).isNotNull();
        assertThat(shown.status()).isEqualTo("PARTIALLY_REFUNDED").isEqualTo(details.status().name());
        assertThat(shown.capturedAmount()).isEqualTo(3830).isEqualTo(details.capturedAmount());
        assertThat(shown.refundedAmount()).isEqualTo(1000).isEqualTo(details.refundedAmount());
        assertThat(shown).isEqualTo(new StoreOrder.Payment(details.attempt(), details.paymentMethodCode(),
                details.provider().name(), details.status().name(), details.providerStatus(), details.amount(),
                details.capturedAmount(), details.refundedAmount(),
                new StoreOrder.NextAction(details.nextAction().type().name(), details.nextAction().url(),
                        details.nextAction().data(), details.nextAction().expiresAt())));
        assertThat(providerStatuses.of(orderId(number), details.id())).isEqualTo(details.providerStatus());
    }

    @Test
    void aPaymentChangesSnapshotAndProviderStatusTakeAHandfulOfStatements() {
        String number = capturedAndPartlyRefunded();
        UUID orderId = orderId(number);
        UUID paymentId = payments.payments(number).getLast().id();
        awaitEventListeners();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                storeOrders.snapshot(orderId);
                providerStatuses.of(orderId, paymentId);
            });
            // The order with its collections, the attempts, the shipments, the provider status. Built from
            // PaymentManagement.payments the snapshot alone took 9 (the order read again by number, each
            // attempt's entity with its references and ledger, its operations log and open-call check).
            long statements = statistics.getPrepareStatementCount();
            assertThat(statements).as("statements for a snapshot and a provider status: %d", statements)
                    .isLessThanOrEqualTo(6);
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private String capturedAndPartlyRefunded() {
        String number = authorizedOrder();
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(200);
        assertThat(api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 1000)).status()).isEqualTo(200);
        return number;
    }

    private UUID orderId(String number) {
        return jdbc.queryForObject("SELECT id FROM orders WHERE number = ?", UUID.class, number);
    }
}
