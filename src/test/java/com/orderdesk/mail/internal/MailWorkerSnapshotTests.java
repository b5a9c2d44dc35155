package com.orderdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderNotFound;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The facts of a mail (order, payment and its operations) are read in one snapshot. Under READ
 * COMMITTED a payment start committing between the payment's read and its operations' read looked
 * like a finished start without a payment page, and the 注文受付 mail went out without it (seen
 * once in CI).
 */
class MailWorkerSnapshotTests {

    private final List<TransactionDefinition> opened = new ArrayList<>();

    @Test
    void theMailsFactsAreGatheredInOneReadOnlySnapshot() {
        Instant now = Instant.parse("2026-11-30T05:00:00Z");
        MailOutbox outbox = mock(MailOutbox.class);
        MailData data = mock(MailData.class);
        when(outbox.claimDue(any())).thenReturn(Optional.of(unrendered(now)), Optional.empty());
        List<TransactionDefinition> duringGather = new ArrayList<>();
        when(data.gather(eq("OD-000001"), isNull(), isNull())).thenAnswer(call -> {
            duringGather.add(opened.get(opened.size() - 1));
            throw new OrderNotFound("OD-000001");
        });
        MailWorker worker = new MailWorker(outbox, mock(MailTemplateStore.class), data, mock(MailRenderer.class),
                mock(MailComposer.class), mock(MailTransport.class), mock(OrderManagement.class), properties(),
                recordingTransactions(), Clock.fixed(now, ZoneOffset.UTC));

        worker.sendDue();

        assertThat(duringGather).singleElement().satisfies(read -> {
            assertThat(read.getIsolationLevel()).isEqualTo(TransactionDefinition.ISOLATION_REPEATABLE_READ);
            assertThat(read.isReadOnly()).isTrue();
            assertThat(read.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        });
    }

    private PlatformTransactionManager recordingTransactions() {
        return new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                opened.add(definition);
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {
            }

            @Override
            public void rollback(TransactionStatus status) {
            }
        };
    }

    private static MailMessage unrendered(Instant now) {
        return new MailMessage(UUID.randomUUID(), "OD-000001", null, MailTrigger.ORDER_RECEIVED, null, "ORDER_RECEIVED",
                "ja", null, null, null, null, null, null, null, null, null, null, "QUEUED", 0, now, null, null,
                "system", now, null);
    }

    private static MailProperties properties() {
        return new MailProperties("shop@example.jp", "Shop", null, null, "Shop", "shop@example.jp", "ja",
                StandardCharsets.UTF_8, "orderdesk.local", Duration.ofSeconds(5), 50, 6, Duration.ofSeconds(30),
                Duration.ofHours(1), Duration.ofMinutes(2));
    }
}
