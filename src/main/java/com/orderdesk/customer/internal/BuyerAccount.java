package com.orderdesk.customer.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A customer's B2B buyer account (取引先): the buyer id the screening provider knows it by, and the
 * provider's screening and availability words exactly as they came. Whether a word means approved
 * or final is the provider adapter's reading, stored beside it; an unknown word is neither.
 */
@Entity
@Table(name = "customer_buyer_accounts")
public class BuyerAccount {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private String buyerId;

    private @Nullable String application;

    @Column(name = "screening_status")
    private @Nullable String screeningStatus;

    private boolean approved;
    private boolean settled;

    @Column(name = "test_buyer")
    private boolean testBuyer;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "checked_at")
    private @Nullable Instant checkedAt;

    @Column(name = "next_check_at")
    private @Nullable Instant nextCheckAt;

    @Column(name = "check_attempts")
    private int checkAttempts;

    private @Nullable String availability;

    @Column(name = "availability_checked_at")
    private @Nullable Instant availabilityCheckedAt;

    private @Nullable String details;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Version
    private long version;

    protected BuyerAccount() {
    }

    public BuyerAccount(UUID customerId, String buyerId, @Nullable String application, boolean testBuyer,
            Instant appliedAt) {
        this.customerId = customerId;
        this.buyerId = buyerId;
        this.application = application;
        this.testBuyer = testBuyer;
        this.appliedAt = appliedAt;
        this.nextCheckAt = appliedAt;
    }

    /** A new application for the same buyer (after 申込不備): screening starts over. */
    public void reapplied(String application, Instant at) {
        this.application = application;
        this.appliedAt = at;
        this.screeningStatus = null;
        this.approved = false;
        this.settled = false;
        this.checkAttempts = 0;
        this.nextCheckAt = at;
        this.lastError = null;
    }

    /** The provider's screening answer; polling goes on (at {@code nextCheck}) until it is final. */
    public void screened(@Nullable String status, boolean approved, boolean settled, @Nullable String details,
            Instant at, @Nullable Instant nextCheck) {
        this.screeningStatus = status;
        this.approved = approved;
        this.settled = settled;
        this.checkedAt = at;
        this.nextCheckAt = settled ? null : nextCheck;
        this.checkAttempts = settled ? 0 : checkAttempts + 1;
        if (details != null) {
            this.details = details;
        }
        this.lastError = null;
    }

    /** The provider could not be asked or refused the question: try again later. */
    public void checkFailed(String error, Instant nextCheck) {
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        this.nextCheckAt = settled ? null : nextCheck;
        this.checkAttempts++;
    }

    public void availabilityChecked(@Nullable String availability, @Nullable String details, Instant at) {
        this.availability = availability;
        this.availabilityCheckedAt = at;
        if (details != null) {
            this.details = details;
        }
    }

    public UUID customerId() {
        return customerId;
    }

    public String buyerId() {
        return buyerId;
    }

    public @Nullable String application() {
        return application;
    }

    public @Nullable String screeningStatus() {
        return screeningStatus;
    }

    public boolean approved() {
        return approved;
    }

    public boolean settled() {
        return settled;
    }

    public boolean testBuyer() {
        return testBuyer;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public @Nullable Instant checkedAt() {
        return checkedAt;
    }

    public @Nullable Instant nextCheckAt() {
        return nextCheckAt;
    }

    public int checkAttempts() {
        return checkAttempts;
    }

    public @Nullable String availability() {
        return availability;
    }

    public @Nullable Instant availabilityCheckedAt() {
        return availabilityCheckedAt;
    }

    public @Nullable String details() {
        return details;
    }

    public @Nullable String lastError() {
        return lastError;
    }
}
