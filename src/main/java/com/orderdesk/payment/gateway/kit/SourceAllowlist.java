package com.orderdesk.payment.gateway.kit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ProviderSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Which addresses may post a provider's notifications: the provider option
 * {@value #OPTION} (comma-separated IPs and CIDRs). One rule for every provider:
 * <ul>
 *   <li>a non-empty list admits exactly its entries;</li>
 *   <li><b>an empty list admits nothing</b> in TEST and PRODUCTION (the safe choice: a shop that
 *       forgot the list gets refused notices in the inbox listing, not forged ones applied), and
 *       only loopback in SANDBOX, where the built-in simulator posts from this host.</li>
 * </ul>
 * Only literal addresses are compared; nothing is ever resolved by name.
 */
public final class SourceAllowlist {

    /** The provider option holding the list. */
    public static final String OPTION = "notificationAllowlist";

    private SourceAllowlist() {
    }

    /** @throws NotificationRejected (unauthenticated) when the address is not admitted */
    public static void verify(String provider, String sourceAddress, ProviderSettings settings) {
        List<String> entries = entries(settings.option(OPTION));
        if (!admits(entries, sourceAddress, settings.environment())) {
            throw new NotificationRejected("source address " + sourceAddress + " is not in the " + provider
                    + " notification allowlist" + (entries.isEmpty() ? " (empty: set the provider option " + OPTION + ")" : ""),
                    true);
        }
    }

    static boolean admits(List<String> entries, String address, ProviderSettings.Environment environment) {
        if (entries.isEmpty()) {
            return environment == ProviderSettings.Environment.SANDBOX && loopback(address);
        }
        return entries.stream().anyMatch(entry -> matches(entry, address));
    }

    static List<String> entries(@Nullable String option) {
        return option == null ? List.of()
                : Arrays.stream(option.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    private static boolean loopback(String address) {
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
}
