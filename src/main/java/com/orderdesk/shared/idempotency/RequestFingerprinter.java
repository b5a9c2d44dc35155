package com.orderdesk.shared.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * Computes the SHA-256 fingerprint that tells "the same request again" from "another request
 * under a reused key": method, path, query string and body. Only the hash is ever stored, never the
 * body, which may hold personal data or tokens.
 *
 * <p>A plain body is buffered and handed on in a {@link BufferedBodyRequest}. Form and multipart
 * bodies are not read as bytes: the container parses those from the raw stream on demand, so
 * consuming the stream here would leave the handler with no parameters or parts. They are
 * fingerprinted from what the container parsed instead (parameters; part names, file names and
 * contents), which the handler can still read afterwards.
 */
final class RequestFingerprinter {

    private final long maxBodyBytes;

    RequestFingerprinter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The request to continue the chain with, and its fingerprint (64 lower-case hex digits). */
    record Fingerprinted(HttpServletRequest request, String fingerprint) {
    }

    /** Thrown when a body with an {@code Idempotency-Key} is larger than the configured maximum. */
    static final class BodyTooLarge extends Exception {

        BodyTooLarge() {
            super(null, null, false, false);
        }
    }

    Fingerprinted fingerprint(HttpServletRequest request) throws IOException, ServletException, BodyTooLarge {
        MessageDigest digest = sha256();
        field(digest, request.getMethod());
        field(digest, request.getRequestURI());
        field(digest, Objects.requireNonNullElse(request.getQueryString(), ""));
        HttpServletRequest continueWith = request;
        MediaType contentType = contentType(request);
        if (contentType != null && MediaType.MULTIPART_FORM_DATA.includes(contentType)) {
            digestParts(digest, request);
        } else if (contentType != null && MediaType.APPLICATION_FORM_URLENCODED.includes(contentType)) {
            digestParameters(digest, request.getParameterMap());
        } else {
            byte[] body = readBody(request);
            digest.update(body);
            continueWith = new BufferedBodyRequest(request, body);
        }
        return new Fingerprinted(continueWith, HexFormat.of().formatHex(digest.digest()));
    }

    private byte[] readBody(HttpServletRequest request) throws IOException, BodyTooLarge {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw new BodyTooLarge();
        }
        // Read one byte past the limit so that a body without (or with a lying) Content-Length is
        // caught too, without ever holding more than the limit in memory.
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw new BodyTooLarge();
            }
            return body;
        }
    }

    private static void digestParameters(MessageDigest digest, Map<String, String[]> parameters) {
        new TreeMap<>(parameters).forEach((name, values) -> {
            field(digest, name);
            Arrays.stream(values).forEach(value -> field(digest, value));
        });
    }

    private static void digestParts(MessageDigest digest, HttpServletRequest request)
            throws IOException, ServletException {
        List<Part> parts = new ArrayList<>(request.getParts());
        parts.sort(Comparator.comparing(Part::getName));
        for (Part part : parts) {
            field(digest, part.getName());
            field(digest, Objects.requireNonNullElse(part.getSubmittedFileName(), ""));
            digest.update((part.getSize() + ":").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
        }
    }

    /** Length-prefixed, so that ("ab", "c") and ("a", "bc") never digest alike. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static @Nullable MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
