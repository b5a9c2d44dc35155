package com.orderdesk.payment.atobarai.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.orderdesk.payment.atobarai.wire.AtobaraiCodes;
import com.orderdesk.payment.atobarai.wire.AtobaraiErrors;
import com.orderdesk.payment.atobarai.wire.AtobaraiFunction;
import com.orderdesk.shared.Prefectures;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * The simulated Yamato atobarai service: the rules of the fact sheet's error table and the state
 * machine {@code 1 → 3 (slip) → 10 → 11 → 12}, {@code 2} for a cancel, {@code 30/32} for the SMS
 * check. In memory; one instance per simulator.
 *
 * <p>Magic values (a development tool's choices, not Yamato's):
 * <ul>
 *   <li>total ending in {@code 901} or a name containing 不可: ご利用不可; {@code 902} or 限度: 限度額超過;
 *       {@code 903} or 審査: 審査中, KAARS0010 answers ご利用可 from the second query on; {@code 904}:
 *       審査中, then ご利用不可. Screening can also be decided by {@link #decideScreening}.</li>
 *   <li>SMS type ({@code sendDiv=3}): the code is {@value #SMS_CODE}; it lives {@value #SMS_CODE_MINUTES}
 *       minutes (the real lifetime is not public); the {@value #SMS_ATTEMPTS}th wrong code ends the
 *       check ({@code kaasa021E}).</li>
 * </ul>
 * Unknown Yamato codes (a non-cancellable slip state, an unknown orderNo on KAAST0010) are answered
 * with codes marked {@code SIM}.
 */
final class SimulatedAtobarai {

    static final String STORE_CODE = "99999999999";
    static final String PASSWORD = "sandbox1";
    static final String SMS_CODE = "1234";
    static final int SMS_CODE_MINUTES = 10;
    static final int SMS_ATTEMPTS = 5;
    static final String SIM_STATE = "simStateE";
    static final String SIM_UNKNOWN_ORDER = "simUnknownOrderE";

    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Clock clock;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    SimulatedAtobarai(Clock clock) {
        this.clock = clock;
    }

    /** One simulated transaction. */
    static final class Order {
        final String orderNo;
        final long firstTotal;
        final boolean sms;
        final LocalDate requested;
        long total;
        String status;
        String screening;
        int screeningQueries;
        @Nullable String slip;
        int wrongCodes;
        final Instant codeIssued;

        Order(String orderNo, long total, boolean sms, String status, String screening, LocalDate requested,
                Instant codeIssued) {
            this.orderNo = orderNo;
            this.firstTotal = total;
            this.total = total;
            this.sms = sms;
            this.status = status;
            this.screening = screening;
            this.requested = requested;
            this.codeIssued = codeIssued;
        }
    }

    /** A refusal with its error code. */
    static final class Refusal extends RuntimeException {
        final String code;

        Refusal(String code) {
            super(code);
            this.code = code;
        }
    }

    /** Answers one function call with the reply's fields (returnCode and returnDate included). */
    synchronized Map<String, String> handle(AtobaraiFunction function, Map<String, String> form) {
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("returnCode", "0");
        try {
            authenticate(form);
            switch (function) {
                case CREDIT_CHECK -> creditCheck(form, reply);
                case CREDIT_RESULT -> creditResult(form, reply);
                case SMS_CODE -> smsCode(form, reply);
                case SHIPMENT -> shipment(form, reply);
                case STATUS -> {
                    Order order = order(form, SIM_UNKNOWN_ORDER);
                    reply.put("result", order.status);
                    reply.put("warning", AtobaraiCodes.STATUS_APPROVED.equals(order.status) ? "1" : "0");
                }
                case CANCEL -> cancel(form);
                case AMOUNT_CHANGE -> amountChange(form);
            }
            reply.put("orderNo", form.getOrDefault("orderNo", ""));
        } catch (Refusal refusal) {
            reply.clear();
            reply.put("returnCode", "1");
            reply.put("errorCode", refusal.code);
        }
        reply.put("returnDate", STAMP.format(clock.instant().atZone(ShopTime.ZONE)));
        return reply;
    }

    Optional<Order> find(String orderNo) {
        return Optional.ofNullable(orders.get(orderNo));
    }

    /** The developer's switch: Yamato's screening of a 審査中 order ends with this result (0, 1 or 2). */
    synchronized void decideScreening(String orderNo, String result) {
        Order order = orders.get(orderNo);
        if (order == null || !Set.of("0", "1", "2").contains(result)) {
            throw new IllegalArgumentException("no such orderNo, or result not 0/1/2");
        }
        order.screening = result;
        order.status = "0".equals(result) ? AtobaraiCodes.STATUS_APPROVED : AtobaraiCodes.STATUS_NOT_PAYABLE;
    }

    /**
     * What happens on Yamato's side or screen: billing (10, 11), the shopper paying (12), an operator
     * cancelling there (2), an approval withdrawn (32).
     */
    synchronized void setStatus(String orderNo, String status) {
        Order order = orders.get(orderNo);
        if (order == null) {
            throw new IllegalArgumentException("no such orderNo " + orderNo);
        }
        order.status = status;
    }

    private void authenticate(Map<String, String> form) {
        if (!STORE_CODE.equals(form.get("ycfStrCode")) || !PASSWORD.equals(form.get("password"))) {
            throw new Refusal(AtobaraiErrors.PASSWORD_MISMATCH);
        }
    }

    private void creditCheck(Map<String, String> form, Map<String, String> reply) {
        String orderNo = form.getOrDefault("orderNo", "");
        if (!orderNo.matches("[0-9A-Za-z_-]{1,20}")) {
            throw new Refusal("kaara005E");
        }
        if (orders.containsKey(orderNo)) {
            throw new Refusal(AtobaraiErrors.DUPLICATE_ORDER_NO);
        }
        String totalText = form.getOrDefault("totalAmount", "");
        if (!totalText.matches("\\d{1,6}") || Long.parseLong(totalText) < 1) {
            throw new Refusal(AtobaraiErrors.TOTAL_DIGITS);
        }
        long total = Long.parseLong(totalText);
        if (!form.getOrDefault("telNum", "").matches("0\\d{9,10}")) {
            throw new Refusal(AtobaraiErrors.PHONE_DIGITS);
        }
        String address1 = form.getOrDefault("address1", "");
        if (Prefectures.ALL.stream().noneMatch(address1::startsWith)) {
            throw new Refusal(AtobaraiErrors.SIM_ADDRESS_PREFECTURE);
        }
        LocalDate today = ShopTime.dateOf(clock.instant());
        LocalDate shipYmd = date(form.get("shipYmd"), AtobaraiErrors.SHIP_DATE_TOO_LATE);
        if (ChronoUnit.DAYS.between(today, shipYmd) > 90) {
            throw new Refusal(AtobaraiErrors.SHIP_DATE_TOO_LATE);
        }
        if (linesTotal(form) != total) {
            throw new Refusal(AtobaraiErrors.LINES_DO_NOT_ADD_UP);
        }
        boolean sms = AtobaraiCodes.SEND_SMARTPHONE.equals(form.get("sendDiv"));
        String name = form.getOrDefault("name", "");
        long magic = total % 1000;
        String result = magic == 901 || name.contains("不可") ? AtobaraiCodes.CREDIT_NG
                : magic == 902 || name.contains("限度") ? AtobaraiCodes.CREDIT_LIMIT
                : magic == 903 || magic == 904 || name.contains("審査") || sms ? AtobaraiCodes.CREDIT_REVIEW
                : AtobaraiCodes.CREDIT_OK;
        String screening = magic == 904 ? AtobaraiCodes.CREDIT_NG : AtobaraiCodes.CREDIT_OK;
        String status = switch (result) {
            case AtobaraiCodes.CREDIT_OK -> AtobaraiCodes.STATUS_APPROVED;
            case AtobaraiCodes.CREDIT_REVIEW -> AtobaraiCodes.STATUS_IN_REVIEW;
            default -> AtobaraiCodes.STATUS_NOT_PAYABLE;
        };
        orders.put(orderNo, new Order(orderNo, total, sms, status, screening, today, clock.instant()));
        reply.put("result", result);
    }

    private void creditResult(Map<String, String> form, Map<String, String> reply) {
        Order order = order(form, AtobaraiErrors.RESULT_UNKNOWN_ORDER);
        if (AtobaraiCodes.STATUS_IN_REVIEW.equals(order.status) && !order.sms && ++order.screeningQueries >= 2) {
            order.status = AtobaraiCodes.CREDIT_OK.equals(order.screening) ? AtobaraiCodes.STATUS_APPROVED
                    : AtobaraiCodes.STATUS_NOT_PAYABLE;
        }
        reply.put("result", switch (order.status) {
            case AtobaraiCodes.STATUS_IN_REVIEW -> AtobaraiCodes.CREDIT_REVIEW;
            case AtobaraiCodes.STATUS_NOT_PAYABLE -> order.screening.equals(AtobaraiCodes.CREDIT_OK)
                    ? AtobaraiCodes.CREDIT_NG : order.screening;
            default -> AtobaraiCodes.CREDIT_OK;
        });
    }

    private void smsCode(Map<String, String> form, Map<String, String> reply) {
        Order order = order(form, "kaasa008E");
        if (!order.sms || !AtobaraiCodes.STATUS_IN_REVIEW.equals(order.status)) {
            reply.put("result", AtobaraiCodes.SMS_INVALID);
            return;
        }
        if (Duration.between(order.codeIssued, clock.instant()).toMinutes() >= SMS_CODE_MINUTES) {
            order.status = AtobaraiCodes.STATUS_NOT_PAYABLE;
            throw new Refusal(AtobaraiErrors.SMS_EXPIRED);
        }
        if (SMS_CODE.equals(form.get("ninCode"))) {
            order.status = AtobaraiCodes.STATUS_APPROVED;
            reply.put("result", AtobaraiCodes.SMS_OK);
            return;
        }
        if (++order.wrongCodes >= SMS_ATTEMPTS) {
            order.status = AtobaraiCodes.STATUS_NOT_PAYABLE;
            throw new Refusal(AtobaraiErrors.SMS_ATTEMPT_LIMIT);
        }
        reply.put("result", AtobaraiCodes.SMS_MISMATCH);
    }

    private void shipment(Map<String, String> form, Map<String, String> reply) {
        Order order = order(form, SIM_UNKNOWN_ORDER);
        String division = form.getOrDefault("processDiv", "");
        String slip = form.getOrDefault("paymentNo", "");
        LocalDate shipYmd = date(form.get("shipYmd"), AtobaraiErrors.SLIP_SHIP_DATE);
        if (ChronoUnit.DAYS.between(order.requested, shipYmd) > 90) {
            throw new Refusal(AtobaraiErrors.SLIP_SHIP_DATE);
        }
        switch (division) {
            case AtobaraiCodes.SLIP_NEW, AtobaraiCodes.SLIP_CHANGE -> {
                if (!validSlip(slip)) {
                    throw new Refusal(AtobaraiErrors.SLIP_CHECK_DIGIT);
                }
                boolean change = AtobaraiCodes.SLIP_CHANGE.equals(division);
                String required = change ? AtobaraiCodes.STATUS_SLIP_REGISTERED : AtobaraiCodes.STATUS_APPROVED;
                if (!required.equals(order.status) || change && !form.getOrDefault("beforePaymentNo", "").equals(order.slip)) {
                    throw new Refusal(SIM_STATE);
                }
                long sharing = orders.values().stream().filter(other -> slip.equals(other.slip)
                        && !other.orderNo.equals(order.orderNo)).count();
                if (sharing >= 3) {
                    throw new Refusal(AtobaraiErrors.SLIP_ORDER_LIMIT);
                }
            }
            case AtobaraiCodes.SLIP_OTHER_CARRIER -> {
                if (!slip.equals(order.orderNo) || !AtobaraiCodes.STATUS_APPROVED.equals(order.status)) {
                    throw new Refusal(SIM_STATE);
                }
            }
            default -> throw new Refusal(SIM_STATE);
        }
        order.slip = slip;
        order.status = AtobaraiCodes.STATUS_SLIP_REGISTERED;
    }

    private void cancel(Map<String, String> form) {
        Order order = order(form, AtobaraiErrors.CANCEL_NOT_ALLOWED);
        if (AtobaraiCodes.STATUS_PAID.equals(order.status)) {
            throw new Refusal(AtobaraiErrors.CANCEL_PAID);
        }
        if (!Set.of(AtobaraiCodes.STATUS_APPROVED, AtobaraiCodes.STATUS_SLIP_REGISTERED, AtobaraiCodes.STATUS_SALES_FIXED,
                AtobaraiCodes.STATUS_INVOICED).contains(order.status)) {
            throw new Refusal(AtobaraiErrors.CANCEL_NOT_ALLOWED);
        }
        order.status = AtobaraiCodes.STATUS_CANCELLED;
    }

    private void amountChange(Map<String, String> form) {
        Order order = order(form, SIM_UNKNOWN_ORDER);
        if (!Set.of(AtobaraiCodes.STATUS_APPROVED, AtobaraiCodes.STATUS_SLIP_REGISTERED).contains(order.status)) {
            throw new Refusal(SIM_STATE);
        }
        String totalText = form.getOrDefault("totalAmount", "");
        if (!totalText.matches("\\d{1,6}") || Long.parseLong(totalText) < 1) {
            throw new Refusal(AtobaraiErrors.TOTAL_DIGITS);
        }
        long total = Long.parseLong(totalText);
        if (total == order.total) {
            throw new Refusal(AtobaraiErrors.AMOUNT_UNCHANGED);
        }
        if (total > order.firstTotal) {
            throw new Refusal(AtobaraiErrors.AMOUNT_ABOVE_FIRST);
        }
        if (linesTotal(form) != total) {
            throw new Refusal(AtobaraiErrors.LINES_DO_NOT_ADD_UP);
        }
        order.total = total;
    }

    private Order order(Map<String, String> form, String unknownCode) {
        Order order = orders.get(form.getOrDefault("orderNo", ""));
        if (order == null) {
            throw new Refusal(unknownCode);
        }
        return order;
    }

    private static long linesTotal(Map<String, String> form) {
        long sum = 0;
        for (int n = 1; n <= 10; n++) {
            String subTotal = form.get("subTotal" + n);
            if (subTotal != null) {
                try {
                    sum += Long.parseLong(subTotal);
                } catch (NumberFormatException e) {
                    throw new Refusal(AtobaraiErrors.LINES_DO_NOT_ADD_UP);
                }
            }
        }
        if (form.containsKey("subTotal11")) {
            throw new Refusal(AtobaraiErrors.LINES_DO_NOT_ADD_UP);
        }
        return sum;
    }

    private static LocalDate date(@Nullable String text, String code) {
        try {
            return LocalDate.parse(text == null ? "" : text, YMD);
        } catch (DateTimeParseException e) {
            throw new Refusal(code);
        }
    }

    static boolean validSlip(String slip) {
        return slip.matches("\\d{12}") && Long.parseLong(slip.substring(0, 11)) % 7 == slip.charAt(11) - '0';
    }
}
