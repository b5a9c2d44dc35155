package com.orderdesk.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Optional;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentGateway} must do for the core to rely on it, whatever its provider. Each
 * adapter's tests extend this class once, against a double of its provider (WireMock for an HTTP
 * provider), and so inherit these tests.
 *
 * <h2>How a new adapter uses it</h2>
 * <ol>
 *   <li>Create {@code <Provider>PaymentGatewayContractTests extends PaymentGatewayContract} in the
 *       adapter's test package (e.g. {@code payment.paygent}), starting a WireMock server per test
 *       ({@code @BeforeEach}/{@code @AfterEach}) and building the adapter on it with the same short
 *       timeouts as its own unit tests.</li>
 *   <li>Implement the hooks: {@link #gateway()}; {@link #startRequest()}, a start the provider double
 *       accepts after {@link #providerAcceptsStart()}; {@link #providerAnswersStartTooLate()}, which
 *       makes the call that commits the start answer after the adapter's read timeout (the request
 *       was sent, its answer is lost); {@link #startIdsReceived()}, the ids the provider double saw on
 *       those calls (the shop order id, or whatever id the provider de-duplicates by).</li>
 *   <li>If the provider pushes notifications, override {@link #notificationSamples()} with the
 *       adapter's {@link NotificationReceiver}, a genuine notice (from an allowed source, with the
 *       right credentials or signature), the payment reference it must locate, and a forged notice.</li>
 *   <li>Run it. A failure names the promise the adapter breaks: capabilities that contradict
 *       themselves or what the adapter does, a timeout turned into a failure, a retry the provider
 *       cannot recognise, a notification that parses differently twice or a forgery let in.</li>
 * </ol>
 * Provider-specific behaviour (error-code tables, wire formats, amount-change plans) stays in the
 * adapter's own tests; this class holds only what the core assumes of every adapter.
 */
public abstract class PaymentGatewayContract {

    /** The adapter under test, talking to the provider double. */
    protected abstract PaymentGateway gateway();

    /** A start (authorize or register) that the provider double accepts once {@link #providerAcceptsStart()} ran. */
    protected abstract GatewayAuthorizeRequest startRequest();

    /** Makes the provider double accept {@link #startRequest()}. */
    protected abstract void providerAcceptsStart();

    /** Makes the provider double answer the call that commits the start only after the adapter stopped waiting. */
    protected abstract void providerAnswersStartTooLate();

    /** The ids the provider double received on the calls that commit a start, oldest first. */
    protected abstract List<String> startIdsReceived();

    /** The receiver and sample notices, for adapters whose provider pushes notifications; empty otherwise. */
    protected Optional<NotificationSamples<?>> notificationSamples() {
        return Optional.empty();
    }

    /**
     * Notifications to try the adapter's receiver with.
     *
     * @param receiver the adapter's notification receiver
     * @param settings the shop's settings the notifications are checked against
     * @param genuine a notification the provider would send, from an allowed source
     * @param locates the payment reference value the genuine notification must be located by
     * @param forged the same kind of notification from a stranger (wrong source, credentials or signature)
     */
    public record NotificationSamples<N>(NotificationReceiver<N> receiver, ProviderSettings settings,
            InboundNotification genuine, String locates, InboundNotification forged) {

        /** The ingest steps up to storing: verify the source, parse, locate, classify. */
        Read read(InboundNotification raw) {
            receiver.verifySource(raw, settings);
            N notice = receiver.parse(raw, settings);
            return new Read(receiver.locate(notice), receiver.classify(notice));
        }
    }

    /** What ingest learns from a notice. */
    record Read(@Nullable PaymentLocator locator, NotificationClassification classification) {
    }

    @Test
    void capabilitiesDoNotContradictThemselves() {
        GatewayCapabilities capabilities = gateway().capabilities();

        assertThat(capabilities).as("capabilities() is never null").isNotNull();
        assertThat(capabilities.minAmount()).isPositive();
        assertThat(capabilities.maxAmount()).isGreaterThanOrEqualTo(capabilities.minAmount());
        assertThat(capabilities.cancellableFrom()).as("some status must allow a cancel").isNotEmpty();
        if (capabilities.captureRequired()) {
            assertThat(capabilities.captureModes()).as("a provider that needs a capture offers a capture mode")
                    .isNotEmpty();
        } else {
            assertThat(capabilities.fullCaptureOnly()).as("full-capture-only needs a capture step").isFalse();
            assertThat(capabilities.automaticCapture()).as("automatic capture needs a capture step").isFalse();
        }
        if (capabilities.captureOnShipment()) {
            assertThat(capabilities.captureModes()).as("capture on shipment is never at once")
                    .doesNotContain(CaptureMode.AUTH_AND_CAPTURE);
        }
        if (!capabilities.refunds()) {
            assertThat(capabilities.partialRefund()).isFalse();
            assertThat(capabilities.refundWindow()).as("no refund window without refunds").isNull();
        }
        assertThat(capabilities.bulkCapture().concurrency()).isLessThanOrEqualTo(capabilities.bulkCapture().batchSize());
    }

    @Test
    void notificationsArePushedExactlyWhenTheAdapterReceivesThem() {
        assertThat(notificationSamples().isPresent())
                .as("pushNotifications must say whether the adapter has a notification receiver (else the core polls)")
                .isEqualTo(gateway().capabilities().pushNotifications());
        notificationSamples().ifPresent(samples -> assertThat(samples.receiver().providerCode())
                .as("the webhook route finds the receiver by the adapter's code").isEqualTo(gateway().providerCode()));
    }

    @Test
    void anAcceptedStartEndsInAStateItsCapabilitiesAllow() {
        providerAcceptsStart();
        GatewayAuthorizeRequest request = startRequest();

        GatewayResult result = gateway().authorize(request);

        assertThat(result.outcome()).as(result.errorMessage()).isIn(GatewayOutcome.SUCCEEDED, GatewayOutcome.PENDING);
        assertThat(result.operationKind()).isIn(OperationKind.AUTHORIZE, OperationKind.AUTHORIZE_AND_CAPTURE);
        GatewayCapabilities capabilities = gateway().capabilities();
        if (capabilities.captureRequired() && !request.captureImmediately()) {
            assertThat(result.status()).as("an authorization waits for its capture")
                    .isIn(PaymentStatus.AUTHORIZED, PaymentStatus.UNDER_REVIEW, PaymentStatus.PENDING);
        }
        if (!capabilities.captureRequired()) {
            assertThat(result.status()).as("nothing to capture, so nothing is merely authorized")
                    .isNotIn(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED);
        }
        if (result.status() == PaymentStatus.PENDING) {
            assertThat(result.nextAction().type() != NextAction.Type.NONE || capabilities.pushNotifications())
                    .as("a pending start tells the shopper what to do, or the provider tells the core later").isTrue();
        }
    }

    @Test
    void anAnswerLostAfterSendingIsUnknownNeverAFailure() {
        providerAnswersStartTooLate();

        GatewayResult result = gateway().authorize(startRequest());

        assertThat(result.outcome()).as("the provider may have done it: the core must reconcile, not retry blindly")
                .isEqualTo(GatewayOutcome.UNKNOWN);
        assertThat(startIdsReceived()).as("the request was sent").isNotEmpty();
    }

    @Test
    void aRetriedStartReachesTheProviderUnderTheSameId() {
        providerAcceptsStart();
        GatewayAuthorizeRequest request = startRequest();

        gateway().authorize(request);
        int first = startIdsReceived().size();
        gateway().authorize(request);

        List<String> ids = startIdsReceived();
        assertThat(first).isPositive();
        assertThat(ids).hasSizeGreaterThan(first);
        assertThat(ids).as("ids derive from the request, so the provider recognises the retry").containsOnly(ids.getFirst());
    }

    @Test
    void aGenuineNotificationIsReadTheSameEveryTime() {
        NotificationSamples<?> samples = samplesOrSkip();

        Read first = samples.read(samples.genuine());
        Read again = samples.read(samples.genuine());

        assertThat(first.locator()).isNotNull();
        assertThat(first.locator().value()).isEqualTo(samples.locates());
        assertThat(first.classification().deduplicationKey()).isNotBlank();
        assertThat(again).as("reading is a pure function of the notice").isEqualTo(first);
    }

    @Test
    void aForgedNotificationIsRejected() {
        NotificationSamples<?> samples = samplesOrSkip();

        assertThatThrownBy(() -> samples.read(samples.forged())).isInstanceOf(NotificationRejected.class);
    }

    @Test
    void notificationsAreAnsweredInTheProvidersOwnFormat() {
        NotificationReceiver<?> receiver = samplesOrSkip().receiver();

        NotificationReceiver.Acknowledgement accepted = receiver.answer(NotificationReceiver.Answer.ACCEPTED);
        NotificationReceiver.Acknowledgement notStored = receiver.answer(NotificationReceiver.Answer.NOT_STORED);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.contentType()).isNotBlank();
        assertThat(accepted.body()).as("the provider reads the body to stop resending").isNotBlank();
        assertThat(notStored).as("a notice that was not stored must be sent again").isNotEqualTo(accepted);
    }

    private NotificationSamples<?> samplesOrSkip() {
        Optional<NotificationSamples<?>> samples = notificationSamples();
        assumeThat(samples).as("the adapter receives no notifications").isPresent();
        return samples.orElseThrow();
    }
}
