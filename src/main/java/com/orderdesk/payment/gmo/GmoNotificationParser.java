package com.orderdesk.payment.gmo;

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

import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationReceiver.Acknowledgement;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gmo.wire.GmoForm;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Reads GMO-PG's result notification (結果通知) in Hyperswitch's webhook steps: verify the caller,
 * parse, classify, answer.
 *
 * <p>GMO does not sign notifications (fact sheet, "Result notification"), so the caller is
 * verified by {@code ShopID} and {@code ShopPass} (both compared in constant time) and, when the
 * provider option {@value #OPTION_ALLOWLIST} is set, by source address. The parsed notification is
 * never {@code trusted}: the core confirms it with SearchTrade before applying it.
 */
@Component
class GmoNotificationParser {

    static final String OPTION_ALLOWLIST = "notificationAllowlist";

    /** ErrInfo of GMO's connectivity test, which needs no action. */
    static final String CONNECTIVITY_TEST = "E00000000";

    private static final DateTimeFormatter TRAN_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * Verifies and parses.
     *
     * @throws NotificationRejected {@code unauthenticated} when the caller is not GMO (address,
     *         ShopID or ShopPass), otherwise when the body cannot be read
     */
    GmoNotification parse(InboundNotification notification, ProviderSettings settings) {
        verifySource(notification.sourceAddress(), settings);
        Map<String, String> fields;
        try {
            fields = GmoForm.decode(notification.body());
        }
        catch (MalformedGmoReply e) {
            throw new NotificationRejected("not a GMO-PG notification body", false);
        }
        verifyShop(fields, settings);
        GmoReply reply = GmoReply.of(fields);
        boolean connectivityTest = reply.hasErrorInfo(CONNECTIVITY_TEST);
        String orderId = fields.getOrDefault("OrderID", "");
        if (orderId.isBlank() && !connectivityTest) {
            throw new NotificationRejected("GMO-PG notification without OrderID", false);
        }
        return new GmoNotification(fields, reply, connectivityTest);
    }

    private static void verifySource(String sourceAddress, ProviderSettings settings) {
        String allowlist = settings.option(OPTION_ALLOWLIST);
        if (allowlist == null || allowlist.isBlank()) {
            return;
        }
        boolean allowed = Arrays.stream(allowlist.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .anyMatch(entry -> matches(entry, sourceAddress));
        if (!allowed) {
            throw new NotificationRejected("source address " + sourceAddress + " is not in the GMO-PG allowlist", true);
        }
    }

    private static boolean matches(String allowed, String address) {
        try {
            return new IpAddressMatcher(allowed).matches(address);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void verifyShop(Map<String, String> fields, ProviderSettings settings) {
        boolean shopId = constantTimeEquals(fields.get("ShopID"), settings.credential(GmoAccount.SHOP_ID));
        boolean shopPass = constantTimeEquals(fields.get("ShopPass"), settings.credential(GmoAccount.SHOP_PASS));
        if (!(shopId & shopPass)) {
            throw new NotificationRejected("ShopID/ShopPass do not match the configured GMO-PG shop", true);
        }
    }

    private static boolean constantTimeEquals(@Nullable String given, String expected) {
        byte[] a = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, expected.getBytes(StandardCharsets.UTF_8));
    }

    /** GMO reads the body: {@code 0} = received, anything else = resend later. */
    static Acknowledgement acknowledgement(boolean accepted) {
        return new Acknowledgement(200, "text/plain", accepted ? "0" : "1");
    }

    /** One authenticated notification. */
    record GmoNotification(Map<String, String> fields, GmoReply reply, boolean connectivityTest) {

        String orderId() {
            return fields.getOrDefault("OrderID", "");
        }

        /** GMO resends the same notification; OrderID + Status + TranDate + JobCd identify it. */
        String deduplicationKey() {
            return String.join(":", orderId(), fields.getOrDefault("Status", ""), fields.getOrDefault("TranDate", ""),
                    fields.getOrDefault("JobCd", ""));
        }

        ParsedNotification toParsed() {
            String status = fields.get("Status");
            Map<String, String> references = new HashMap<>();
            for (String key : List.of("AccessID", "TranID", "Approve", "Forward", "JobCd", "PayType")) {
                String value = fields.get(key);
                if (value != null && !value.isEmpty()) {
                    references.put(key, value);
                }
            }
            if (reply.failed()) {
                references.put("ErrCode", reply.errorCodes());
                references.put("ErrMessage", reply.errorMessage());
            }
            return new ParsedNotification(deduplicationKey(), orderId(),
                    connectivityTest ? null : GmoStatusMapper.status(status), status, amount(), occurredAt(), false,
                    references);
        }

        private @Nullable Long amount() {
            try {
                String amount = fields.get("Amount");
                return amount == null || amount.isBlank() ? null : Long.valueOf(amount);
            }
            catch (NumberFormatException e) {
                return null;
            }
        }

        /** TranDate is GMO's {@code yyyyMMddHHmmss} in Japan time. */
        private @Nullable Instant occurredAt() {
            String tranDate = fields.get("TranDate");
            if (tranDate == null || tranDate.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(tranDate, TRAN_DATE).atZone(ShopTime.ZONE).toInstant();
            }
            catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
