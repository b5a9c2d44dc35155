package com.orderdesk.payment.internal.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of a settings update (400 naming the field). Names are free-form identifiers
 * rather than a fixed list per provider, so that an adapter can introduce a new credential
 * without a schema or code change here.
 */
final class ProviderSettingsValidation {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_VALUE = 1000;
    /** A credential may be a PEM client certificate with its key (Paygent's), several KB. */
    private static final int MAX_CREDENTIAL = 16_384;
    private static final int MAX_URL = 500;
    /** Enough for any provider, and keeps one audit line within its column. */
    private static final int MAX_ENTRIES = 20;
    /** Far above any provider contract seen; each capture in flight holds a thread and, briefly, a pool connection. */
    static final int MAX_BULK_CAPTURE_CONCURRENCY = 100;

    private ProviderSettingsValidation() {
    }

    static void check(ProviderSettingsUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        checkBaseUrl(update.environment(), update.baseUrl(), errors);
        checkEntries("options", update.options(), errors);
        checkEntries("credentials", update.credentials(), errors);
        checkBulkCaptureConcurrency(update.options().get(ProviderSettings.BULK_CAPTURE_CONCURRENCY), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A whole number the instance can honour; the runner still caps it at the instance-wide ceiling. */
    private static void checkBulkCaptureConcurrency(@Nullable String value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        String field = "options." + ProviderSettings.BULK_CAPTURE_CONCURRENCY;
        try {
            int concurrency = Integer.parseInt(value.strip());
            if (concurrency < 1 || concurrency > MAX_BULK_CAPTURE_CONCURRENCY) {
                errors.add(new FieldError(field, "must be between 1 and " + MAX_BULK_CAPTURE_CONCURRENCY + ", not " + value));
            }
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, "must be a whole number of captures sent at once, not '" + value + "'"));
        }
    }

    private static void checkBaseUrl(Environment environment, @Nullable String baseUrl, List<FieldError> errors) {
        if (baseUrl == null) {
            return;
        }
        if (baseUrl.length() > MAX_URL) {
            errors.add(new FieldError("baseUrl", "must be at most " + MAX_URL + " characters"));
            return;
        }
        try {
            URI uri = new URI(baseUrl);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
                errors.add(new FieldError("baseUrl", "must be an absolute http(s) URL"));
            } else if (environment == Environment.PRODUCTION && !"https".equals(scheme)) {
                errors.add(new FieldError("baseUrl", "must use https in PRODUCTION"));
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                errors.add(new FieldError("baseUrl", "must not carry a query, fragment or user info"));
            }
        } catch (URISyntaxException ex) {
            errors.add(new FieldError("baseUrl", "is not a valid URL"));
        }
    }

    private static void checkEntries(String field, Map<String, ? extends @Nullable String> entries, List<FieldError> errors) {
        if (entries.size() > MAX_ENTRIES) {
            errors.add(new FieldError(field, "must have at most " + MAX_ENTRIES + " entries"));
            return;
        }
        entries.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                errors.add(new FieldError(field + "." + name, "name must be a letter followed by up to 63 letters, digits, '_', '.' or '-'"));
            } else if (value == null && "options".equals(field)) {
                errors.add(new FieldError(field + "." + name, "must not be null"));
            } else if (value != null && value.length() > ("credentials".equals(field) ? MAX_CREDENTIAL : MAX_VALUE)) {
                errors.add(new FieldError(field + "." + name, "must be at most "
                        + ("credentials".equals(field) ? MAX_CREDENTIAL : MAX_VALUE) + " characters"));
            }
        });
    }
}
