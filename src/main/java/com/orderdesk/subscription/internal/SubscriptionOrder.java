package com.orderdesk.subscription.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * The order placed for one cycle of a subscription (unique per subscription and cycle), and how its
 * payment stands: {@code paymentStarted} turns true once the payment was started after the order
 * committed, so a run that crashed in between starts it on the next run instead of ordering again.
 * The payment fields mirror the order's current payment attempt.
 */
@Entity
@Table(name = "subscription_orders")
public class SubscriptionOrder implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private UUID subscriptionId;

    @Column(nullable = false, updatable = false)
    private int cycle;

    @Column(name = "delivery_date", nullable = false, updatable = false)
    private LocalDate deliveryDate;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(nullable = false, updatable = false)
    private long total;

    @Column(name = "payment_method_code", nullable = false)
    private String paymentMethodCode;

    @Column(name = "payment_started", nullable = false)
    private boolean paymentStarted;

    @Column(name = "payment_status")
    private @Nullable String paymentStatus;

    @Column(name = "decline_code")
    private @Nullable String declineCode;

    @Column(name = "decline_message")
    private @Nullable String declineMessage;

    @Column(name = "next_action_url")
    private @Nullable String nextActionUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    private transient boolean isNew;

    protected SubscriptionOrder() {
    }

    public SubscriptionOrder(UUID subscriptionId, int cycle, LocalDate deliveryDate, UUID orderId, String orderNumber,
            long total, String paymentMethodCode, Instant at) {
        this.id = UUID.randomUUID();
        this.isNew = true;
        this.subscriptionId = subscriptionId;
        this.cycle = cycle;
        this.deliveryDate = deliveryDate;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.total = total;
        this.paymentMethodCode = paymentMethodCode;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Takes over the order's current payment as the payment module reports it. */
    public void paymentNow(String methodCode, String status, @Nullable String declineCode, @Nullable String declineMessage,
            @Nullable String nextActionUrl, Instant at) {
        this.paymentStarted = true;
        this.paymentMethodCode = methodCode;
        this.paymentStatus = status;
        this.declineCode = declineCode;
        this.declineMessage = declineMessage;
        this.nextActionUrl = nextActionUrl;
        this.updatedAt = at;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostLoad
    void markPersisted() {
        isNew = false;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public int cycle() {
        return cycle;
    }

    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public long total() {
        return total;
    }

    public String paymentMethodCode() {
        return paymentMethodCode;
    }

    public boolean paymentStarted() {
        return paymentStarted;
    }

    public @Nullable String paymentStatus() {
        return paymentStatus;
    }

    public @Nullable String declineCode() {
        return declineCode;
    }

    public @Nullable String declineMessage() {
        return declineMessage;
    }

    public @Nullable String nextActionUrl() {
        return nextActionUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
