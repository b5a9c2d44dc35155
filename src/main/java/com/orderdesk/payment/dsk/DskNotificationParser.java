package com.orderdesk.payment.dsk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.dsk.wire.MalformedDskReply;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationReceiver.Acknowledgement;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Reads DSK's payment notice (入金速報) in Hyperswitch's webhook steps: verify the caller, parse,
 * classify, answer.
 *
 * <p>Public (w2 receiver and its harness): a Shift_JIS form with {@code datakbn}, {@code dskid},
 * {@code amount}, {@code paydate} (yyyyMMddHHmmss, Japan time), {@code conveni},
 * {@code receiptno}, {@code orderid}, and the literal reply {@value #ACK}. DSK does not sign its
 * notices and publishes no source addresses, so a notice is accepted only when
 * <ol>
 *   <li>its source address is in the provider option {@value DskAccount#OPTION_ALLOWLIST}
 *       (comma-separated IPs/CIDRs, e.g. the {@code 52.198.37.11} of CraftCart's connection form);
 *       an empty list rejects every notice in TEST and PRODUCTION and allows only loopback in
 *       SANDBOX, where the built-in simulator posts from this host; and</li>
 *   <li>it carries the shop's tenant id (PROPOSED field {@code tenantid}; compared in constant
 *       time). The password is never expected in a notice.</li>
 * </ol>
 * PROPOSED {@code datakbn}: {@code 1} 速報 (paid), {@code 2} 速報取消 (the payment was cancelled at the
 * store), {@code 3} 確定 (confirmed). The result is never {@code trusted}: the core confirms it with
 * the status query before applying it.
 */
@Component
class DskNotificationParser {

    /** The body DSK needs to stop resending (public). */
    static final String ACK = "<SENBDATA>STATUS=800</SENBDATA>";

    static final String PAID = "1";
    static final String PAYMENT_CANCELLED = "2";
    static final String CONFIRMED = "3";

    private static final DateTimeFormatter PAYDATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * Verifies and parses.
     *
     * @throws NotificationRejected {@code unauthenticated} when the caller is not DSK (address or
     *         tenant id), otherwise when the notice cannot be read
     */
    ParsedNotification parse(InboundNotification notification, ProviderSettings settings) {
        verifySource(notification.sourceAddress(), settings);
        Map<String, String> fields;
        try {
            fields = DskForm.decode(notification.body());
        } catch (MalformedDskReply e) {
            throw new NotificationRejected("not a DSK notice body (" + e.getMessage() + ")", false);
        }
        verifyTenant(fields.get("tenantid"), settings.credential(DskAccount.TENANT_ID));
        String orderId = required(fields, "orderid");
        String dskId = required(fields, "dskid");
        String kind = required(fields, "datakbn");
        String paydate = fields.getOrDefault("paydate", "");
        PaymentStatus status = switch (kind) {
            case PAID, CONFIRMED -> PaymentStatus.PAID;
            case PAYMENT_CANCELLED -> PaymentStatus.CANCELLED;
            default -> throw new NotificationRejected("DSK notice with unknown datakbn " + kind, false);
        };
        Long amount = amount(fields.get("amount"));
        if (PAID.equals(kind) && amount == null) {
            throw new NotificationRejected("DSK payment notice without amount", false);
        }
        Map<String, String> references = new HashMap<>();
        for (String key : List.of("dskid", "receiptno", "conveni", "datakbn", "paydate")) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) {
                references.put(key, value);
            }
        }
        return new ParsedNotification(String.join(":", dskId, kind, paydate), orderId, status, word(kind), amount,
                occurredAt(paydate), false, references);
    }

    /** DSK reads the body: anything but {@value #ACK} is "not received" and it resends. */
    static Acknowledgement acknowledgement(boolean accepted) {
        return accepted ? new Acknowledgement(200, "text/plain;charset=windows-31j", ACK)
                : new Acknowledgement(500, "text/plain;charset=windows-31j", "NG");
    }

    private static String word(String kind) {
        return switch (kind) {
            case PAID -> DskStatuses.PAID;
            case PAYMENT_CANCELLED -> DskStatuses.PAYMENT_CANCELLED;
            default -> DskStatuses.CONFIRMED;
        };
    }

    private static void verifySource(String sourceAddress, ProviderSettings settings) {
        String allowlist = settings.option(DskAccount.OPTION_ALLOWLIST);
        List<String> entries = allowlist == null ? List.of()
                : Arrays.stream(allowlist.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        boolean allowed = entries.isEmpty()
                ? settings.environment() == ProviderSettings.Environment.SANDBOX && loopback(sourceAddress)
                : entries.stream().anyMatch(entry -> matches(entry, sourceAddress));
        if (!allowed) {
            throw new NotificationRejected("source address " + sourceAddress + " is not in the DSK notice allowlist"
                    + (entries.isEmpty() ? " (empty)" : ""), true);
        }
    }

    private static boolean loopback(String address) {
        // Only literal addresses: the check must never resolve a name.
        if (!address.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean matches(String allowed, String address) {
        try {
            return new IpAddressMatcher(allowed).matches(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void verifyTenant(@Nullable String given, String expected) {
        byte[] a = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(a, expected.getBytes(StandardCharsets.UTF_8))) {
            throw new NotificationRejected("tenantid does not match the configured DSK tenant", true);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new NotificationRejected("DSK notice without " + name, false);
        }
        return value.strip();
    }

    private static @Nullable Long amount(@Nullable String amount) {
        try {
            return amount == null || amount.isBlank() ? null : Long.valueOf(amount.strip());
        } catch (NumberFormatException e) {
            throw new NotificationRejected("DSK notice with a non-numeric amount", false);
        }
    }

    /** {@code paydate} is DSK's yyyyMMddHHmmss in Japan time; the core orders notices by it. */
    private static @Nullable Instant occurredAt(String paydate) {
        if (paydate.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(paydate.strip(), PAYDATE).atZone(ShopTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new NotificationRejected("DSK notice with an unreadable paydate", false);
        }
    }
}
