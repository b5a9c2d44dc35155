package com.orderdesk.order.internal;

import java.time.Instant;
import java.util.UUID;

import com.orderdesk.order.HistoryEntry;
import com.orderdesk.order.HistoryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored history line; append-only. */
@Entity
@Table(name = "order_history")
public class OrderHistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HistoryKind kind;

    @Column(nullable = false, updatable = false)
    private String description;

    protected OrderHistoryRecord() {
    }

    public OrderHistoryRecord(UUID orderId, Instant occurredAt, String actor, HistoryKind kind, String description) {
        this.orderId = orderId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.description = description;
    }

    public HistoryEntry toEntry() {
        return new HistoryEntry(occurredAt, actor, kind, description);
    }
}
