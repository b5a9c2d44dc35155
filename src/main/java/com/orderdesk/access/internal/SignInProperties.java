package com.orderdesk.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code orderdesk.access}: failed sign-ins allowed per user name and per source
 * address within a window before sign-ins are refused with 429; requests per API key per window;
 * how long a verified password is remembered so HTTP Basic does not run BCrypt on every call;
 * requests per personal access token per window (the API-key window).
 */
@ConfigurationProperties("orderdesk.access")
record SignInProperties(
        @DefaultValue("10") int failedSignInsPerUser,
        @DefaultValue("50") int failedSignInsPerSource,
        @DefaultValue("15m") Duration failedSignInWindow,
        @DefaultValue("6000") int apiKeyRequestsPerWindow,
        @DefaultValue("1m") Duration apiKeyWindow,
        @DefaultValue("5m") Duration verifiedPasswordTtl,
        @DefaultValue("6000") int personalTokenRequestsPerWindow) {
}
