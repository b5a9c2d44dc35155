package com.orderdesk.integration.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import com.orderdesk.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being aimed into OrderDesk's own network (SSRF): a target must be https and
 * every address its host resolves to must be public, checked when the endpoint is registered and
 * again before every attempt (DNS can change in between). {@code allow-insecure-targets} lifts both
 * rules, for tests and local development.
 */
@Component
class WebhookTargets {

    private final WebhookProperties properties;

    WebhookTargets(WebhookProperties properties) {
        this.properties = properties;
    }

    /** @throws InvalidInput naming {@code url} when the URL may not be a target */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException ex) {
            throw new InvalidInput("url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidInput("url", "must be an absolute https URL");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidInput("url", "must not carry credentials; the signature authenticates OrderDesk");
        }
        if (properties.allowInsecureTargets()) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw new InvalidInput("url", "must be https");
        }
        String refusal = refusal(uri.getHost());
        if (refusal != null) {
            throw new InvalidInput("url", refusal);
        }
        return uri;
    }

    /** Why this host may not be a target now, or null when it may. */
    String refusal(String host) {
        if (properties.allowInsecureTargets()) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException ex) {
            return "host " + host + " does not resolve";
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return "host " + host + " resolves to a loopback, private or link-local address ("
                        + address.getHostAddress() + "); webhooks go to public addresses only";
            }
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress() || carrierGradeNat || uniqueLocalV6;
    }
}
