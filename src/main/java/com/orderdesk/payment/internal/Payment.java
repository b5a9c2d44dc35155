package com.orderdesk.payment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.payment.IllegalPaymentTransition;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentShipmentHoldChanged;
import com.orderdesk.payment.PaymentStatusChanged;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.NextAction;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One payment attempt of an order (an order may have several: retry after a decline, re-issue,
 * method change). Its unified status only moves along {@link PaymentRules}; captured and refunded
 * amounts are derived from its append-only ledger, never stored as totals.
 */
@Entity
@Table(name = "payments")
class Payment {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Column(nullable = false, updatable = false)
    private ProviderCode provider;

    @Column(name = "payment_method_code", nullable = false, updatable = false)
    private String paymentMethodCode;

    @Column(name = "provider_order_id", nullable = false, updatable = false)
    private String providerOrderId;

    @Column(name = "capture_immediately", nullable = false, updatable = false)
    private boolean captureImmediately;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "provider_status")
    private @Nullable String providerStatus;

    /** The amount this attempt is to collect (the order total it was started or re-priced for). */
    @Column(nullable = false)
    private long amount;

    @Column(name = "authorized_amount", nullable = false)
    private long authorizedAmount;

    @Column(name = "authorized_at")
    private @Nullable Instant authorizedAt;

    @Column(name = "auth_expires_at")
    private @Nullable Instant authExpiresAt;

    @Column(name = "captured_at")
    private @Nullable Instant capturedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_action_type", nullable = false)
    private NextAction.Type nextActionType = NextAction.Type.NONE;

    @Column(name = "next_action_url")
    private @Nullable String nextActionUrl;

    @Convert(converter = StringMapConverter.class)
    @Column(name = "next_action_data", nullable = false)
    private Map<String, String> nextActionData = new HashMap<>();

    @Column(name = "next_action_expires_at")
    private @Nullable Instant nextActionExpiresAt;

    @Column(name = "needs_attention", nullable = false)
    private boolean needsAttention;

    @Column(name = "attention_reason")
    private @Nullable String attentionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "attention_cause")
    private @Nullable AttentionCause attentionCause;

    @Column(name = "attention_since")
    private @Nullable Instant attentionSince;

    /** Statuses (comma-separated) a later provider fact may move the payment to that settle the flag. */
    @Column(name = "attention_settled_by")
    private @Nullable String attentionSettledBy;

    /**
     * Whether the flag says the payment amount and the order total disagree (issue 9's one rule):
     * while it stands the payment does not secure shipment, whatever its status.
     */
    @Column(name = "attention_holds_shipment", nullable = false)
    private boolean attentionHoldsShipment;

    @Column(name = "review_deadline")
    private @Nullable Instant reviewDeadline;

    @Column(name = "review_attempts", nullable = false)
    private int reviewAttempts;

    @Column(name = "next_poll_at")
    private @Nullable Instant nextPollAt;

    @Column(name = "poll_attempts", nullable = false)
    private int pollAttempts;

    @Column(name = "last_notification_at")
    private @Nullable Instant lastNotificationAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_references", joinColumns = @JoinColumn(name = "payment_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", nullable = false)
    private Map<String, String> references = new HashMap<>();

    /** References that act as credentials ({@link CredentialReferences}), encrypted at rest. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_credential_references", joinColumns = @JoinColumn(name = "payment_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "sealed_value", nullable = false)
    @Convert(converter = SealedReferenceConverter.class, attributeName = "value")
    private Map<String, String> credentialReferences = new HashMap<>();

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    @OrderBy("recordedAt")
    private List<LedgerEntry> ledger = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Status changes registered by this instance and not yet published (see {@link #takeEvents()}). */
    @Transient
    private final List<PaymentStatusChanged> events = new ArrayList<>();

    /** Changes of the shipment hold without a status change, not yet published (see {@link #takeHoldEvents()}). */
    @Transient
    private final List<PaymentShipmentHoldChanged> holdEvents = new ArrayList<>();

    protected Payment() {
    }

    /** @param providerOrderId the id the provider's adapter made for this attempt ({@code PaymentGateway.providerOrderId}) */
    Payment(UUID orderId, String orderNumber, int attempt, ProviderCode provider, String providerOrderId,
            String paymentMethodCode, boolean captureImmediately, long amount, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.attempt = attempt;
        this.provider = provider;
        this.paymentMethodCode = paymentMethodCode;
        this.providerOrderId = providerOrderId;
        this.captureImmediately = captureImmediately;
        this.status = PaymentStatus.PENDING;
        this.amount = amount;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Moves to another unified status; staying in the same one is no move.
     *
     * @return true when the status changed
     * @throws IllegalPaymentTransition when the statuses are not connected
     */
    boolean moveTo(PaymentStatus target, Instant now) {
        if (target == status) {
            return false;
        }
        if (!PaymentRules.canMove(status, target)) {
            throw new IllegalPaymentTransition(status, target);
        }
        events.add(new PaymentStatusChanged(id, orderId, orderNumber, provider, status.name(), target.name(), now,
                shipmentHeld(), needsAttention));
        status = target;
        updatedAt = now;
        if (target == PaymentStatus.AUTHORIZED && authorizedAt == null) {
            authorizedAt = now;
        }
        if (target.isFinal() || target == PaymentStatus.CAPTURED || target == PaymentStatus.PAID) {
            nextActionType = NextAction.Type.NONE;
            nextActionUrl = null;
            nextActionData = new HashMap<>();
            nextActionExpiresAt = null;
        }
        return true;
    }

    /**
     * Records the authorization. The capture window is the provider's validity in Japanese calendar
     * days ({@link CalendarWindows}); a deadline the adapter reports counts when it is earlier.
     */
    void authorized(long authorizedAmount, @Nullable Instant until, @Nullable Integer validityDays, Instant now) {
        this.authorizedAmount = authorizedAmount;
        this.authorizedAt = now;
        Instant calendar = validityDays == null ? null : CalendarWindows.end(now, validityDays);
        this.authExpiresAt = calendar == null ? until : until == null || calendar.isBefore(until) ? calendar : until;
        this.updatedAt = now;
    }

    /**
     * Books a provider fact: its ledger entries, then the status it leads to, registering a
     * {@link PaymentStatusChanged} per move. The ledger follows the money whatever the state machine
     * says, so a status that cannot follow is not an error but a reason to flag the payment.
     *
     * @return why the status could not follow the fact; empty when it did
     */
    Optional<String> apply(PaymentFact fact, Instant now) {
        long unbookedRefund = 0;
        PaymentStatus target = switch (fact.kind()) {
            case CAPTURED -> {
                bookCapture(fact.amount() != null ? fact.amount() : amount, fact.operationId(), now);
                yield PaymentStatus.CAPTURED;
            }
            case PAID -> {
                bookCapture(fact.amount() != null ? fact.amount() : amount, fact.operationId(), now);
                yield PaymentStatus.PAID;
            }
            case REFUNDED -> {
                long reported = fact.amount() != null ? fact.amount() : refundableAmount();
                // Never more back than was captured: a refund answered after a cancel notice already gave
                // everything back is the same money told twice, or a double refund for an operator to check.
                long refund = Math.min(reported, refundableAmount());
                unbookedRefund = reported - refund;
                if (refund > 0) {
                    recordRefund(refund, fact.operationId(), now);
                }
                yield refundableAmount() == 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
            }
            case CANCELLED -> {
                if (refundableAmount() > 0) {
                    recordRefund(refundableAmount(), fact.operationId(), now);
                }
                yield PaymentStatus.CANCELLED;
            }
            case REVERSED -> {
                if (capturedAmount() != 0) {
                    recordCaptureAdjustment(-capturedAmount(), fact.operationId(), now);
                }
                yield PaymentStatus.CANCELLED;
            }
        };
        PaymentStatus reached = fact.reportedStatus() != null ? fact.reportedStatus() : target;
        boolean mismatch = fact.kind() == PaymentFact.Kind.PAID && fact.amount() != null && fact.amount() != amount;
        if (mismatch && reached == PaymentStatus.PAID) {
            // Paid, but not the billed amount: straight to 金額不一致, one move, as the manual's cart shows it.
            // Two moves (PAID, then AMOUNT_MISMATCH) stamped with the same instant reach the order in either
            // order, and when PAID came last the order showed PAID and counted as ready to ship.
            reached = PaymentStatus.AMOUNT_MISMATCH;
        }
        Optional<String> conflict = follow(reached, now);
        if (unbookedRefund > 0) {
            String excess = provider.displayName() + " reported a refund " + PaymentRules.yen(unbookedRefund)
                    + " more than was left to refund; not booked, check with the provider";
            conflict = Optional.of(conflict.map(reason -> reason + "; " + excess).orElse(excess));
        }
        return conflict;
    }

    private Optional<String> follow(PaymentStatus target, Instant now) {
        try {
            moveTo(target, now);
            return Optional.empty();
        } catch (IllegalPaymentTransition impossible) {
            return Optional.of(provider.displayName() + " reported " + target + ", which cannot follow " + status);
        }
    }

    /**
     * Registers the creation of this attempt as a status change from nothing. Called on the stored
     * instance: saving a new payment with an assigned id merges it into a copy, which would lose an
     * event registered by the constructor.
     */
    void registerCreated(Instant now) {
        events.add(new PaymentStatusChanged(id, orderId, orderNumber, provider, null, status.name(), now,
                shipmentHeld(), needsAttention));
    }

    /** The status changes registered since the last call, oldest first, for publishing. */
    List<PaymentStatusChanged> takeEvents() {
        List<PaymentStatusChanged> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The shipment-hold changes registered since the last call, oldest first, for publishing. */
    List<PaymentShipmentHoldChanged> takeHoldEvents() {
        List<PaymentShipmentHoldChanged> taken = List.copyOf(holdEvents);
        holdEvents.clear();
        return taken;
    }

    void recordCapture(long captured, @Nullable UUID operationId, Instant now) {
        ledger.add(new LedgerEntry(LedgerEntry.Kind.CAPTURE, captured, operationId, now));
        capturedAt = now;
        updatedAt = now;
    }

    void recordCaptureAdjustment(long difference, @Nullable UUID operationId, Instant now) {
        ledger.add(new LedgerEntry(LedgerEntry.Kind.CAPTURE_ADJUSTMENT, difference, operationId, now));
        updatedAt = now;
    }

    void recordRefund(long refunded, @Nullable UUID operationId, Instant now) {
        ledger.add(new LedgerEntry(LedgerEntry.Kind.REFUND, refunded, operationId, now));
        updatedAt = now;
    }

    void reprice(long newAmount, Instant now) {
        if (status == PaymentStatus.AUTHORIZED) {
            authorizedAmount = newAmount;
        }
        amount = newAmount;
        updatedAt = now;
    }

    void providerSaid(@Nullable String providerStatus, Map<String, String> newReferences) {
        if (providerStatus != null) {
            this.providerStatus = providerStatus;
        }
        newReferences.forEach((name, value) -> {
            if (CredentialReferences.isCredential(name)) {
                credentialReferences.put(name, value);
            } else {
                references.put(name, value);
            }
        });
    }

    void nextAction(NextAction action) {
        nextActionType = action.type();
        nextActionUrl = action.url();
        nextActionData = new HashMap<>(action.data());
        nextActionExpiresAt = action.expiresAt();
    }

    void flag(String reason, Instant now) {
        flag(reason, AttentionCause.OTHER, Set.of(), now);
    }

    /**
     * Flags the payment for an operator. A flag that blocks operations (provider drift) is never
     * weakened by a later, lesser one: the later reason is appended instead.
     *
     * @param settledBy statuses a later provider fact may move the payment to that settle the cause
     */
    void flag(String reason, AttentionCause cause, Set<PaymentStatus> settledBy, Instant now) {
        flag(reason, cause, settledBy, false, now);
    }

    /**
     * As {@link #flag(String, AttentionCause, Set, Instant)}; {@code holdsShipment} says the flag is about the
     * payment amount and the order total disagreeing, so the order may not ship while it stands. A
     * hold, once raised, stays until the flag is cleared or the amounts agree again.
     */
    void flag(String reason, AttentionCause cause, Set<PaymentStatus> settledBy, boolean holdsShipment, Instant now) {
        boolean heldBefore = shipmentHeld();
        boolean flaggedBefore = needsAttention;
        attentionHoldsShipment = holdsShipment || shipmentHeld();
        if (needsAttention && attentionCause != null && attentionCause.blocksOperations() && !cause.blocksOperations()) {
            reason = attentionReason + "; " + reason;
            cause = attentionCause;
            settledBy = Set.of();
        } else if (needsAttention && cause.blocksOperations()) {
            // The blocking cause leads; what was flagged before stays readable behind it.
            reason = reason + "; " + attentionReason;
        }
        if (!needsAttention) {
            attentionSince = now;
        }
        needsAttention = true;
        attentionReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        attentionCause = cause;
        attentionSettledBy = settledBy.isEmpty() ? null
                : settledBy.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        updatedAt = now;
        holdChanged(heldBefore, flaggedBefore, reason, now);
    }

    /** Clears the flag (an operator resolved it, or a later fact settled it). */
    void clearAttention(Instant now) {
        boolean heldBefore = shipmentHeld();
        boolean flaggedBefore = needsAttention;
        attentionHoldsShipment = false;
        needsAttention = false;
        attentionReason = null;
        attentionCause = null;
        attentionSince = null;
        attentionSettledBy = null;
        updatedAt = now;
        holdChanged(heldBefore, flaggedBefore, null, now);
    }

    /**
     * The payment amount and the order total agree again: the hold goes. A flag that blocks
     * operations (provider drift) stays for the operator; any other flag raised for the disagreement
     * is settled with it.
     *
     * @return whether a hold was released
     */
    boolean releaseShipmentHold(Instant now) {
        if (!shipmentHeld()) {
            return false;
        }
        if (blockedByAttention()) {
            attentionHoldsShipment = false;
            updatedAt = now;
            holdChanged(true, true, null, now);
        } else {
            clearAttention(now);
        }
        return true;
    }

    /** Whether a flag holds the order back from shipping: the payment amount and the order total disagree. */
    boolean shipmentHeld() {
        return needsAttention && attentionHoldsShipment;
    }

    /** Registers the change of hold or flag for the order (its ready-to-ship and 要確認 columns). */
    private void holdChanged(boolean heldBefore, boolean flaggedBefore, @Nullable String reason, Instant now) {
        if (heldBefore != shipmentHeld() || flaggedBefore != needsAttention) {
            holdEvents.add(new PaymentShipmentHoldChanged(id, orderId, orderNumber, status.name(), shipmentHeld(),
                    shipmentHeld() ? reason : null, now, needsAttention));
        }
    }

    /** Whether the payment's current status settles its flag's cause. */
    boolean statusSettlesAttention() {
        return needsAttention && attentionSettledBy != null
                && Arrays.asList(attentionSettledBy.split(",")).contains(status.name());
    }

    boolean blockedByAttention() {
        return needsAttention && attentionCause != null && attentionCause.blocksOperations();
    }

    /**
     * Books a capture of {@code captured} yen once: nothing when one stands in the ledger, an
     * adjustment back to it when a withdrawn shipment report took the earlier capture back.
     */
    private void bookCapture(long captured, @Nullable UUID operationId, Instant now) {
        if (!hasCapture()) {
            recordCapture(captured, operationId, now);
        } else if (capturedAmount() == 0) {
            // Captured before, withdrawn since (a shipment report withdrawn), captured again.
            recordCaptureAdjustment(captured, operationId, now);
            capturedAt = now;
        }
    }

    /**
     * The provider withdrew a capture it made on a shipment report (the report was withdrawn): the
     * ledger takes the capture back and the payment is AUTHORIZED again. A move the state machine
     * has no edge for, because no operator or notification may make it: only a successful
     * withdrawal of OrderDesk's own report does.
     */
    void captureWithdrawn(@Nullable UUID operationId, Instant now) {
        if (status != PaymentStatus.CAPTURED) {
            throw new IllegalPaymentTransition(status, PaymentStatus.AUTHORIZED);
        }
        if (capturedAmount() != 0) {
            recordCaptureAdjustment(-capturedAmount(), operationId, now);
        }
        events.add(new PaymentStatusChanged(id, orderId, orderNumber, provider, status.name(),
                PaymentStatus.AUTHORIZED.name(), now, shipmentHeld(), needsAttention));
        status = PaymentStatus.AUTHORIZED;
        capturedAt = null;
        updatedAt = now;
    }

    /** The payment waits for a review until {@code deadline}; attempts start again. */
    void reviewUntil(@Nullable Instant deadline) {
        reviewDeadline = deadline;
        reviewAttempts = 0;
    }

    /** Counts one wrong shopper input; returns the attempts made so far. */
    int reviewAttemptFailed(Instant now) {
        reviewAttempts++;
        updatedAt = now;
        return reviewAttempts;
    }

    /** The next status poll after {@code attempts} earlier polls without news. */
    void pollAgainAt(Instant at, int attempts) {
        nextPollAt = at;
        pollAttempts = attempts;
    }

    void notificationApplied(@Nullable Instant occurredAt) {
        if (occurredAt != null && (lastNotificationAt == null || occurredAt.isAfter(lastNotificationAt))) {
            lastNotificationAt = occurredAt;
        }
    }

    boolean authExpired(Instant now) {
        return authExpiresAt != null && !now.isBefore(authExpiresAt);
    }

    long capturedAmount() {
        return ledger.stream().filter(entry -> entry.kind() != LedgerEntry.Kind.REFUND).mapToLong(LedgerEntry::amount).sum();
    }

    long refundedAmount() {
        return ledger.stream().filter(entry -> entry.kind() == LedgerEntry.Kind.REFUND).mapToLong(LedgerEntry::amount).sum();
    }

    long refundableAmount() {
        return Math.max(0, capturedAmount() - refundedAmount());
    }

    boolean hasCapture() {
        return ledger.stream().anyMatch(entry -> entry.kind() == LedgerEntry.Kind.CAPTURE);
    }

    GatewayPaymentState toState() {
        return new GatewayPaymentState(id, orderNumber, providerOrderId, status, providerStatus, amount,
                capturedAmount(), refundedAmount(), authorizedAt, capturedAt, references());
    }

    NextAction nextAction() {
        return new NextAction(nextActionType, nextActionUrl, nextActionData, nextActionExpiresAt);
    }

    UUID id() { return id; }
    UUID orderId() { return orderId; }
    String orderNumber() { return orderNumber; }
    int attempt() { return attempt; }
    ProviderCode provider() { return provider; }
    String paymentMethodCode() { return paymentMethodCode; }
    String providerOrderId() { return providerOrderId; }
    boolean captureImmediately() { return captureImmediately; }
    /** Frozen when the attempt was created, from its payment method's setting. */
    CaptureMode captureMode() { return captureImmediately ? CaptureMode.AUTH_AND_CAPTURE : CaptureMode.AUTH_ONLY; }
    PaymentStatus status() { return status; }
    @Nullable String providerStatus() { return providerStatus; }
    long amount() { return amount; }
    long authorizedAmount() { return authorizedAmount; }
    @Nullable Instant authorizedAt() { return authorizedAt; }
    @Nullable Instant authExpiresAt() { return authExpiresAt; }
    @Nullable Instant capturedAt() { return capturedAt; }
    boolean needsAttention() { return needsAttention; }
    @Nullable String attentionReason() { return attentionReason; }
    @Nullable Instant lastNotificationAt() { return lastNotificationAt; }
    @Nullable AttentionCause attentionCause() { return attentionCause; }
    @Nullable Instant attentionSince() { return attentionSince; }
    @Nullable Instant reviewDeadline() { return reviewDeadline; }
    int reviewAttempts() { return reviewAttempts; }
    int pollAttempts() { return pollAttempts; }
    /** Every reference, the credential ones decrypted (they are masked wherever they are shown). */
    Map<String, String> references() {
        Map<String, String> all = new HashMap<>(references);
        all.putAll(credentialReferences);
        return Map.copyOf(all);
    }
    Instant createdAt() { return createdAt; }
    long version() { return version; }
}
