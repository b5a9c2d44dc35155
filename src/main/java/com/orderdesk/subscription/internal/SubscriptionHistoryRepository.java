package com.orderdesk.subscription.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionHistoryRepository extends JpaRepository<SubscriptionHistoryRecord, Long> {

    List<SubscriptionHistoryRecord> findBySubscriptionIdOrderById(UUID subscriptionId);
}
