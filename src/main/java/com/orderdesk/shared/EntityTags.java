package com.orderdesk.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * ETags of versioned resources: the strong tag {@code "3"} for version 3, and the version an
 * {@code If-Match} header asks for ({@code "3"} or {@code W/"3"}; {@code *} means any version).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 answer with the resource's ETag, for GET and for the answer to a change. */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** A 201 answer with the new resource's Location and ETag. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
    }

    /**
     * The version a required {@code If-Match} names, or {@code null} for {@code *}.
     *
     * @throws PreconditionRequired when the header is missing
     * @throws InvalidInput when it is not an ETag this API handed out
     */
    public static @Nullable Long requiredVersion(@Nullable String ifMatch, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired(resource);
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(tag.replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException ex) {
            throw new InvalidInput("If-Match", "must be the ETag of the " + resource + ", such as \"3\"");
        }
    }

    /**
     * Checks a version taken from {@link #requiredVersion} against the stored one.
     *
     * @param expected the version the change was made on; null ({@code If-Match: *}) accepts any
     * @throws StaleVersion (412) when it is not the stored version
     */
    public static void ensureCurrent(@Nullable Long expected, long current, String resource, String id) {
        if (expected != null && expected != current) {
            throw new StaleVersion(resource, id, expected, current);
        }
    }
}
