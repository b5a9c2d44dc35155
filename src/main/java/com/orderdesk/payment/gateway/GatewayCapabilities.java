package com.orderdesk.payment.gateway;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a provider can do (Hyperswitch's capability-per-flow idea). The core checks an operator's
 * request against these before calling the adapter and explains a refusal with them. Adapters
 * build them with {@link #builder()}: every capability not named keeps the builder's default (the
 * provider cannot do it).
 *
 * @param captureRequired an authorization must be captured to get paid (card, Paidy)
 * @param captureOnShipment capture happens by reporting the shipment (atobarai, kakebarai)
 * @param fullCaptureOnly a capture takes the whole authorized amount; a partial capture is refused
 * @param captureModes the capture modes a payment method may choose ({@link CaptureMode}); empty
 *        when the provider has no capture step of its own (convenience store payment)
 * @param automaticCapture in {@link CaptureMode#AUTH_AND_CAPTURE} the provider captures by itself
 *        after the authorization (the core then refuses manual and bulk capture while it is pending)
 * @param refunds money can be given back after capture at all
 * @param partialRefund a refund may be less than the captured amount
 * @param refundWindow how long after the capture a refund is possible, null if no limit
 * @param amountIncrease the amount can go up without the shopper
 * @param amountDecrease the amount can go down without the shopper
 * @param cancellableFrom statuses in which a cancel is possible (DSK: only while unpaid)
 * @param authValidityDays Japanese calendar days (Asia/Tokyo dates) an authorization stays
 *        capturable, counted from the day of authorization (GMO 60, Paidy 90), null if no limit
 * @param minAmount smallest payable amount in yen
 * @param maxAmount largest payable amount in yen
 * @param maxLineCount most invoice lines one payment may carry, null if no limit
 * @param requiredCustomerData customer fields the provider needs to start a payment
 * @param pushNotifications the provider posts notifications (otherwise the core polls {@code status})
 * @param statusQuery the provider has a real status API behind {@link PaymentGateway#status}: unsigned
 *        notices are confirmed with it and unknown outcomes reconciled by it. DSK has none: its
 *        notices are matched to the registration instead, and only idempotent re-sends reconcile
 * @param subscriptions the provider accepts orders of a subscription (定期購入)
 * @param digitalGoods the provider accepts orders with lines of goods that do not ship (download or
 *        service goods); when false the core refuses such an order before any call, with the reason of
 *        {@link DigitalGoodsExclusion} when the adapter gives one
 * @param bulkCapture the default pace of a bulk capture for this provider: its {@code concurrency} is how many
 *        captures are sent at once unless the provider settings' option {@code bulkCaptureConcurrency} says otherwise
 * @param amountBasis which amount {@code minAmount}/{@code maxAmount} (and a payment method's own
 *        limits) are judged on: the billed total, or the goods alone (Paidy via e-shops: 商品金額,
 *        送料・手数料を含んだ金額での設定はできません)
 */
public record GatewayCapabilities(
        boolean captureRequired,
        boolean captureOnShipment,
        boolean fullCaptureOnly,
        Set<CaptureMode> captureModes,
        boolean automaticCapture,
        boolean refunds,
        boolean partialRefund,
        @Nullable RefundWindow refundWindow,
        boolean amountIncrease,
        boolean amountDecrease,
        Set<PaymentStatus> cancellableFrom,
        @Nullable Integer authValidityDays,
        long minAmount,
        long maxAmount,
        @Nullable Integer maxLineCount,
        Set<CustomerField> requiredCustomerData,
        boolean pushNotifications,
        boolean statusQuery,
        boolean subscriptions,
        boolean digitalGoods,
        BulkCaptureLimits bulkCapture,
        AmountBasis amountBasis) {

    public GatewayCapabilities {
        captureModes = ordered(captureModes, CaptureMode.class);
        cancellableFrom = ordered(cancellableFrom, PaymentStatus.class);
        requiredCustomerData = ordered(requiredCustomerData, CustomerField.class);
        if (minAmount < 1 || maxAmount < minAmount) {
            throw new IllegalArgumentException("amount range " + minAmount + ".." + maxAmount + " is empty");
        }
        if (authValidityDays != null && authValidityDays < 1) {
            throw new IllegalArgumentException("authValidityDays must be positive");
        }
        if (maxLineCount != null && maxLineCount < 1) {
            throw new IllegalArgumentException("maxLineCount must be positive");
        }
        if (partialRefund && !refunds) {
            throw new IllegalArgumentException("partialRefund needs refunds");
        }
        if (automaticCapture && !captureModes.contains(CaptureMode.AUTH_AND_CAPTURE)) {
            throw new IllegalArgumentException("automaticCapture needs the AUTH_AND_CAPTURE capture mode");
        }
    }

    /** An unmodifiable copy in declaration order, so the admin API and refusals list them stably. */
    private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these capabilities, to change some of them (tests, derived adapters). */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.captureRequired = captureRequired;
        builder.captureOnShipment = captureOnShipment;
        builder.fullCaptureOnly = fullCaptureOnly;
        builder.captureModes = captureModes;
        builder.automaticCapture = automaticCapture;
        builder.refunds = refunds;
        builder.partialRefund = partialRefund;
        builder.refundWindow = refundWindow;
        builder.amountIncrease = amountIncrease;
        builder.amountDecrease = amountDecrease;
        builder.cancellableFrom = cancellableFrom;
        builder.authValidityDays = authValidityDays;
        builder.minAmount = minAmount;
        builder.maxAmount = maxAmount;
        builder.maxLineCount = maxLineCount;
        builder.requiredCustomerData = requiredCustomerData;
        builder.pushNotifications = pushNotifications;
        builder.statusQuery = statusQuery;
        builder.subscriptions = subscriptions;
        builder.digitalGoods = digitalGoods;
        builder.bulkCapture = bulkCapture;
        builder.amountBasis = amountBasis;
        return builder;
    }

    /** What the amount limits are judged on. */
    public enum AmountBasis {
        /** The billed total: goods, shipping, fees, adjustment, less points. */
        BILLED,
        /** The goods alone (the lines' sum, 商品金額), without shipping and fees. */
        GOODS
    }

    /**
     * Whether a billed amount is outside the provider's limits. Limits on the goods amount cannot be
     * judged on a billed amount (shipping and fees are in it): the order's payment-method check judges
     * them whenever an order is placed or edited, so here they never refuse.
     */
    public boolean billedAmountOutside(long billed) {
        return amountBasis == AmountBasis.BILLED && (billed < minAmount || billed > maxAmount);
    }

    /** Whether a payment started in this mode is captured by the provider without an operator. */
    public boolean capturesAutomatically(CaptureMode mode) {
        return automaticCapture && mode == CaptureMode.AUTH_AND_CAPTURE;
    }

    /** Customer data a provider may insist on. */
    public enum CustomerField {
        EMAIL,
        MOBILE_PHONE,
        PHONE,
        KANA,
        POSTAL_ADDRESS,
        COMPANY
    }

    /** How a payment gets captured, chosen by its payment method and frozen when the payment starts. */
    public enum CaptureMode {
        /** Authorize now; an operator (or the shipment) captures later. */
        AUTH_ONLY,
        /** Authorize and capture in one go (at once, or later by the provider itself). */
        AUTH_AND_CAPTURE
    }

    /**
     * How long after its capture a payment can be refunded, in Japanese calendar days.
     *
     * @param days calendar days (Asia/Tokyo) after the day of capture on which a refund is still possible
     * @param hard past the window a refund is refused; otherwise it is made with a warning
     */
    public record RefundWindow(int days, boolean hard) {

        public RefundWindow {
            if (days < 1) {
                throw new IllegalArgumentException("a refund window is at least one day");
            }
        }
    }

    /**
     * How a bulk capture paces one provider.
     *
     * @param batchSize captures taken from the selection per batch
     * @param concurrency captures of one batch sent at the same time
     */
    public record BulkCaptureLimits(int batchSize, int concurrency) {

        public static final BulkCaptureLimits ONE_AT_A_TIME = new BulkCaptureLimits(50, 1);

        public BulkCaptureLimits {
            if (batchSize < 1 || concurrency < 1 || concurrency > batchSize) {
                throw new IllegalArgumentException("bulk capture needs 1 <= concurrency <= batchSize, not "
                        + concurrency + "/" + batchSize);
            }
        }
    }

    /** Builds capabilities by name; what is not set stays "cannot". */
    public static final class Builder {

        private boolean captureRequired;
        private boolean captureOnShipment;
        private boolean fullCaptureOnly;
        private Set<CaptureMode> captureModes = Set.of();
        private boolean automaticCapture;
        private boolean refunds;
        private boolean partialRefund;
        private @Nullable RefundWindow refundWindow;
        private boolean amountIncrease;
        private boolean amountDecrease;
        private Set<PaymentStatus> cancellableFrom = Set.of();
        private @Nullable Integer authValidityDays;
        private long minAmount = 1;
        private long maxAmount = Long.MAX_VALUE;
        private @Nullable Integer maxLineCount;
        private Set<CustomerField> requiredCustomerData = Set.of();
        private boolean pushNotifications;
        /** The one "can" default: every provider but DSK has a status API, and a new adapter saying nothing keeps it. */
        private boolean statusQuery = true;
        private boolean subscriptions;
        /**
         * A second "can" default: of the five manuals only Kuroneko atobarai's restricts what is sold
         * (物販商品以外は取り扱えません); the others are silent, so an adapter saying nothing takes digital goods.
         */
        private boolean digitalGoods = true;
        private BulkCaptureLimits bulkCapture = BulkCaptureLimits.ONE_AT_A_TIME;
        private AmountBasis amountBasis = AmountBasis.BILLED;

        private Builder() {
        }

        /** An authorization must be captured; the modes a payment method may choose. */
        public Builder captureRequired(CaptureMode... modes) {
            this.captureRequired = true;
            this.captureModes = modes.length == 0 ? EnumSet.of(CaptureMode.AUTH_ONLY) : EnumSet.of(modes[0], modes);
            return this;
        }

        public Builder captureRequired(boolean captureRequired) {
            this.captureRequired = captureRequired;
            return this;
        }

        public Builder captureModes(Set<CaptureMode> captureModes) {
            this.captureModes = captureModes;
            return this;
        }

        public Builder captureOnShipment(boolean captureOnShipment) {
            this.captureOnShipment = captureOnShipment;
            return this;
        }

        public Builder fullCaptureOnly(boolean fullCaptureOnly) {
            this.fullCaptureOnly = fullCaptureOnly;
            return this;
        }

        public Builder automaticCapture(boolean automaticCapture) {
            this.automaticCapture = automaticCapture;
            return this;
        }

        /** Refunds are possible, in part too when {@code partial}. */
        public Builder refunds(boolean partial) {
            this.refunds = true;
            this.partialRefund = partial;
            return this;
        }

        public Builder noRefunds() {
            this.refunds = false;
            this.partialRefund = false;
            return this;
        }

        public Builder refundWindow(@Nullable RefundWindow refundWindow) {
            this.refundWindow = refundWindow;
            return this;
        }

        public Builder amountIncrease(boolean amountIncrease) {
            this.amountIncrease = amountIncrease;
            return this;
        }

        public Builder amountDecrease(boolean amountDecrease) {
            this.amountDecrease = amountDecrease;
            return this;
        }

        public Builder cancellableFrom(Set<PaymentStatus> cancellableFrom) {
            this.cancellableFrom = cancellableFrom;
            return this;
        }

        public Builder cancellableFrom(PaymentStatus first, PaymentStatus... rest) {
            this.cancellableFrom = EnumSet.of(first, rest);
            return this;
        }

        public Builder authValidityDays(@Nullable Integer authValidityDays) {
            this.authValidityDays = authValidityDays;
            return this;
        }

        public Builder amounts(long minAmount, long maxAmount) {
            this.minAmount = minAmount;
            this.maxAmount = maxAmount;
            return this;
        }

        /** The limits of {@link #amounts} are on the goods amount (商品金額), not on the billed total. */
        public Builder amountsOnGoods(long minAmount, long maxAmount) {
            amounts(minAmount, maxAmount);
            this.amountBasis = AmountBasis.GOODS;
            return this;
        }

        public Builder maxLineCount(@Nullable Integer maxLineCount) {
            this.maxLineCount = maxLineCount;
            return this;
        }

        public Builder requiredCustomerData(Set<CustomerField> requiredCustomerData) {
            this.requiredCustomerData = requiredCustomerData;
            return this;
        }

        public Builder requiredCustomerData(CustomerField first, CustomerField... rest) {
            this.requiredCustomerData = EnumSet.of(first, rest);
            return this;
        }

        public Builder pushNotifications(boolean pushNotifications) {
            this.pushNotifications = pushNotifications;
            return this;
        }

        /** The provider has no status API (DSK): {@link PaymentGateway#status} is never called. */
        public Builder noStatusQuery() {
            this.statusQuery = false;
            return this;
        }

        public Builder subscriptions(boolean subscriptions) {
            this.subscriptions = subscriptions;
            return this;
        }

        /** The provider takes only goods that ship: orders with a digital line are refused up front. */
        public Builder noDigitalGoods() {
            this.digitalGoods = false;
            return this;
        }

        public Builder bulkCapture(int batchSize, int concurrency) {
            this.bulkCapture = new BulkCaptureLimits(batchSize, concurrency);
            return this;
        }

        public GatewayCapabilities build() {
            return new GatewayCapabilities(captureRequired, captureOnShipment, fullCaptureOnly, captureModes,
                    automaticCapture, refunds, partialRefund, refundWindow, amountIncrease, amountDecrease,
                    cancellableFrom, authValidityDays, minAmount, maxAmount, maxLineCount, requiredCustomerData,
                    pushNotifications, statusQuery, subscriptions, digitalGoods, bulkCapture, amountBasis);
        }
    }
}
