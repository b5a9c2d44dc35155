package com.orderdesk.payment.dsk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.orderdesk.payment.dsk.wire.DskText;
import com.orderdesk.payment.dsk.wire.RegistrationRequest;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * Builds DSK's registration from a payment start: the orderid (the provider order id
 * {@link DskPaymentGateway#ORDER_IDS} made), the payment
 * deadline, and the shopper's name and phone in the shape DSK takes them.
 *
 * <p>Deadline: {@value DskAccount#OPTION_DEADLINE_DAYS} days from today in Japan (default
 * {@value DskAccount#DEFAULT_DEADLINE_DAYS}, the w2 package's default), taken from the start
 * request's instrument (where the core puts the payment method's options), else from the DSK
 * provider options. DSK's {@code expire} is a date only; the shopper can pay until the end of that
 * Japan day, which is the next action's {@code expiresAt}.
 */
final class DskRegistrations {

    private static final int MAX_DEADLINE_DAYS = 365;

    private static final Pattern ORDER_ID = Pattern.compile("[0-9A-Za-z-]{1,20}");

    private final Clock clock;

    DskRegistrations(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when the deadline option is not a number of days, or the
     *         provider order id is not one DSK takes (a payment started before DSK owned its ids)
     */
    RegistrationRequest of(GatewayAuthorizeRequest request) {
        if (!ORDER_ID.matcher(request.providerOrderId()).matches()) {
            throw new IllegalArgumentException("provider order id " + request.providerOrderId()
                    + " is not a DSK orderid (at most 20 of [0-9A-Za-z-]); start a new payment attempt");
        }
        String[] names = names(request.customer().name());
        return new RegistrationRequest(DskAccount.credentials(request.settings()), request.providerOrderId(),
                request.amount(), expire(request), names[0], names[1], phone(request.customer().phone()),
                request.customer().email());
    }

    /** The end of the deadline day, Japan time. */
    static Instant payableUntil(LocalDate expire) {
        return expire.plusDays(1).atStartOfDay(ShopTime.ZONE).toInstant();
    }

    private LocalDate expire(GatewayAuthorizeRequest request) {
        String configured = request.instrument().get(DskAccount.OPTION_DEADLINE_DAYS);
        if (configured == null) {
            configured = request.settings().option(DskAccount.OPTION_DEADLINE_DAYS);
        }
        int days = deadlineDays(configured);
        return ShopTime.dateOf(clock.instant()).plusDays(days);
    }

    private static int deadlineDays(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            return DskAccount.DEFAULT_DEADLINE_DAYS;
        }
        try {
            int days = Integer.parseInt(configured.strip());
            if (days >= 1 && days <= MAX_DEADLINE_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(DskAccount.OPTION_DEADLINE_DAYS + " must be a number of days from 1 to "
                + MAX_DEADLINE_DAYS + " (is '" + configured + "')");
    }

    /**
     * Family and given name ({@code customername1/2}): OrderDesk keeps one name field, written
     * family name first, so it is split at the first (half- or full-width) space; without one the
     * whole name is the family name.
     */
    static String[] names(String name) {
        String trimmed = name.strip();
        int space = -1;
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) == ' ' || trimmed.charAt(i) == '\u3000') {
                space = i;
                break;
            }
        }
        String family = space < 0 ? trimmed : trimmed.substring(0, space);
        String given = space < 0 ? "" : trimmed.substring(space + 1).strip();
        return new String[] {DskText.jisOnly(family, DskText.NAME_LENGTH), DskText.jisOnly(given, DskText.NAME_LENGTH)};
    }

    /** Digits and hyphens only ({@code 0x-xxxx-xxxx} in the w2 package); full-width digits become ASCII. */
    static String phone(String phone) {
        StringBuilder kept = new StringBuilder();
        phone.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                kept.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (c == '-' || c == 'ー' || c == '－') {
                kept.append('-');
            }
        });
        return kept.toString();
    }
}
