package com.orderdesk.payment.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderPaymentGuard;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.springframework.stereotype.Component;

/**
 * Payment's answer to order status changes, given before anything is written:
 * <ul>
 *   <li>a cancel whose payment holds money the provider cannot give back (DSK 入金済み, 金額不一致) is
 *       refused at once with what the operator can do, unless they record the refund made outside
 *       (CraftCart's DSK manual: 入金済みの受注はエラー、返金はショップのポリシーで);</li>
 *   <li>shipping an order paid at a store before the money arrived (未入金, 金額不一致) is refused or
 *       only warned, as the payment method's option {@value #SHIP_BEFORE_PAYMENT} says ({@code refuse}
 *       by default: the manual's 「入金済み」になっている事を確認した受注だけ発送処理に進んでください).</li>
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

    PaymentOrderGuard(PaymentRepository payments, PaymentGateways gateways, PaymentMethodCatalog methods) {
        this.payments = payments;
        this.gateways = gateways;
        this.methods = methods;
    }

    @Override
    public List<String> paymentStatuses() {
        return STATUSES;
    }

    @Override
    public Optional<String> statusChangeRefusal(Order order, OrderStatus target, boolean refundOutside) {
        Optional<Payment> current = payments.findFirstByOrderIdOrderByAttemptDesc(order.id());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Payment payment = current.get();
        return switch (target) {
            case CANCELLED -> refundOutside ? Optional.empty() : cancelRefusal(payment);
            case SHIPPED -> unpaidAtStore(payment) && !warnOnly(payment)
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
        return payments.findFirstByOrderIdOrderByAttemptDesc(order.id())
                .filter(payment -> unpaidAtStore(payment) && warnOnly(payment))
                .map(payment -> List.of("shipped before payment: " + unpaid(payment)))
                .orElse(List.of());
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
