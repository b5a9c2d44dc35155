package com.orderdesk.subscription.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a subscription's change history: who changed what, when. */
@Entity
@Table(name = "subscription_history")
public class SubscriptionHistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String description;

    protected SubscriptionHistoryRecord() {
    }

    public SubscriptionHistoryRecord(UUID subscriptionId, Instant occurredAt, String actor, String description) {
        this.subscriptionId = subscriptionId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.description = description;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String description() {
        return description;
    }
}
