package com.orderdesk.payment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderPaymentGuard;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.BuyerBoundToAuthorization;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.ShipmentReporting;
import com.orderdesk.shipping.ShippingManagement;
import org.springframework.stereotype.Component;

/**
 * Payment's answer to order status changes, given before anything is written:
 * <ul>
 *   <li>a cancel whose payment holds money the provider cannot give back (DSK 入金済み, 金額不一致) is
 *       refused at once with what the operator can do, unless they record the refund made outside
 *       (CraftCart's DSK manual: 入金済みの受注はエラー、返金はショップのポリシーで);</li>
 *   <li>shipping an order paid at a store before the money arrived (未入金, 金額不一致) is refused or
 *       only warned, as the payment method's option {@value #SHIP_BEFORE_PAYMENT} says ({@code refuse}
 *       by default: the manual's 「入金済み」になっている事を確認した受注だけ発送処理に進んでください);</li>
 *   <li>an order marked shipped whose capture-on-shipment payment has no shipment to report is
 *       moved with a warning that the payment was not captured, and why (unless the adapter takes
 *       the status change itself as the report, {@link ShipmentReporting#reportsShippedStatus});</li>
 *   <li>shipping while the payment amount and the order total disagree (a flag holds the order back)
 *       is refused with the flag's reason, whatever the provider.</li>
 * </ul>
 */
@Component
class PaymentOrderGuard implements OrderPaymentGuard {

    /** Payment method option: {@code refuse} (default) or {@code warn} when an unpaid store payment ships. */
    static final String SHIP_BEFORE_PAYMENT = "shipBeforePayment";

    private static final List<String> STATUSES = Arrays.stream(PaymentStatus.values()).map(Enum::name).toList();

    private final PaymentRepository payments;
    private final PaymentGateways gateways;
    private final PaymentMethodCatalog methods;
    private final ShippingManagement shipping;
    private final ProviderSettingsLookup settings;

    PaymentOrderGuard(PaymentRepository payments, PaymentGateways gateways, PaymentMethodCatalog methods,
            ShippingManagement shipping, ProviderSettingsLookup settings) {
        this.shipping = shipping;
        this.settings = settings;
        this.payments = payments;
        this.gateways = gateways;
        this.methods = methods;
    }

    @Override
    public List<String> paymentStatuses() {
        return STATUSES;
    }

    /**
     * A payment bound to the buyer who authorized it ({@link BuyerBoundToAuthorization}) cautions
     * against changing the buyer while it holds an authorization or money (AUTHORIZED, CAPTURED,
     * PARTIALLY_REFUNDED); before it (PENDING) the shopper has not authorized yet, and after a full
     * refund or cancel nobody is billed.
     */
    @Override
    public Optional<String> buyerChangeCaution(Order order) {
        return payments.findFirstByOrderIdOrderByAttemptDesc(order.id())
                .filter(payment -> BUYER_BOUND.contains(payment.status()))
                .flatMap(payment -> gateways.feature(payment.provider(), BuyerBoundToAuthorization.class)
                        .map(bound -> "its " + payment.provider().displayName() + " payment is " + payment.status()
                                + ": " + bound.buyerChangeCaution()));
    }

    private static final Set<PaymentStatus> BUYER_BOUND =
            EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED);

    @Override
    public Optional<String> statusChangeRefusal(Order order, OrderStatus target, boolean refundOutside) {
        Optional<Payment> current = payments.findFirstByOrderIdOrderByAttemptDesc(order.id());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Payment payment = current.get();
        return switch (target) {
            case CANCELLED -> refundOutside ? Optional.empty() : cancelRefusal(payment);
            case SHIPPED -> payment.shipmentHeld()
                    ? Optional.of("its " + payment.provider().displayName() + " payment is held back: "
                            + payment.attentionReason())
                    : unpaidAtStore(payment) && !warnOnly(payment)
                    ? Optional.of(unpaid(payment) + "; ship once it is paid (the method's option "
                            + SHIP_BEFORE_PAYMENT + "=warn allows shipping with a warning)")
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public Map<String, String> statusWords(Collection<String> orderNumbers) {
        Map<String, Payment> current = new HashMap<>();
        for (Payment payment : payments.findByOrderNumberIn(orderNumbers)) {
            current.merge(payment.orderNumber(), payment, (a, b) -> a.attempt() >= b.attempt() ? a : b);
        }
        Map<String, String> words = new HashMap<>();
        current.forEach((number, payment) -> {
            String word = gateways.get(payment.provider()).displayWord(payment.status(), payment.providerStatus());
            if (word != null) {
                words.put(number, word);
            }
        });
        return words;
    }

    @Override
    public List<String> statusChangeWarnings(Order order, OrderStatus target) {
        if (target != OrderStatus.SHIPPED) {
            return List.of();
        }
        Optional<Payment> current = payments.findFirstByOrderIdOrderByAttemptDesc(order.id());
        if (current.isEmpty()) {
            return List.of();
        }
        Payment payment = current.get();
        List<String> warnings = new ArrayList<>();
        if (unpaidAtStore(payment) && warnOnly(payment)) {
            warnings.add("shipped before payment: " + unpaid(payment));
        }
        uncaptured(order, payment).ifPresent(warnings::add);
        return warnings;
    }

    /**
     * A capture-on-shipment payment (Kuroneko atobarai, kakebarai) is captured by a shipment report,
     * never by the status alone: an order marked shipped with no shipment registered (a bulk status
     * change) keeps its payment uncaptured, and the operator is told why, in the adapter's words.
     */
    private Optional<String> uncaptured(Order order, Payment payment) {
        if (payment.status() != PaymentStatus.AUTHORIZED
                || !gateways.get(payment.provider()).capabilities().captureOnShipment()) {
            return Optional.empty();
        }
        Optional<ShipmentReporting> reporting = gateways.feature(payment.provider(), ShipmentReporting.class);
        if (reporting.isEmpty() || !shipping.shipmentsOf(order.id()).isEmpty()) {
            return Optional.empty();
        }
        ProviderSettings providerSettings = settings.settingsFor(payment.provider());
        if (reporting.get().reportsShippedStatus(payment.toState(), order.deliveryMethodCode(), providerSettings)) {
            return Optional.empty(); // the status change is the report (ShipmentCaptures)
        }
        return Optional.of("the " + payment.provider().displayName() + " payment was not captured (it stays "
                + payment.status() + word(payment) + "): " + reporting.get().uncapturedWithoutShipment(payment.toState(),
                        order.deliveryMethodCode(), providerSettings));
    }

    private Optional<String> cancelRefusal(Payment payment) {
        GatewayCapabilities capabilities = gateways.get(payment.provider()).capabilities();
        if (!PaymentRules.MONEY_RECEIVED.contains(payment.status()) || capabilities.refunds()) {
            return Optional.empty();
        }
        return Optional.of("its " + payment.provider().displayName() + " payment is " + payment.status()
                + word(payment) + " and " + payment.provider().displayName()
                + " can neither cancel nor refund a paid payment. Refund the shopper outside OrderDesk (e.g. by bank"
                + " transfer), then cancel again with \"refundedOutside\" saying how; or keep the order");
    }

    /** Paid at a store (no capture step) and the money is not (all) there yet. */
    private boolean unpaidAtStore(Payment payment) {
        return gateways.get(payment.provider()).capabilities().captureModes().isEmpty()
                && (payment.status() == PaymentStatus.PENDING || payment.status() == PaymentStatus.AMOUNT_MISMATCH);
    }

    private boolean warnOnly(Payment payment) {
        return methods.find(payment.paymentMethodCode())
                .map(method -> method.options().getOrDefault(SHIP_BEFORE_PAYMENT, "refuse"))
                .map(value -> value.strip().toLowerCase(Locale.ROOT).equals("warn")).orElse(false);
    }

    private static String unpaid(Payment payment) {
        return "the " + payment.provider().displayName() + " payment is " + payment.status() + word(payment);
    }

    private static String word(Payment payment) {
        return payment.providerStatus() == null ? "" : " (" + payment.providerStatus() + ")";
    }
}
